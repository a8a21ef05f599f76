import { Injectable } from '@nestjs/common';
import { GetSkus } from '../application/get-skus.js';
import { ListProducts } from '../application/list-products.js';
import type { ProductView, SkuView } from '../application/catalog-views.js';
import { CatalogClient } from './catalog.client.js';

@Injectable()
export class InProcessCatalogClient extends CatalogClient {
  constructor(
    private readonly listProductsCase: ListProducts,
    private readonly getSkusCase: GetSkus,
  ) {
    super();
  }

  listProducts(): Promise<ProductView[]> {
    return this.listProductsCase.execute();
  }

  getSkus(skuIds: string[]): Promise<SkuView[]> {
    return this.getSkusCase.execute(skuIds);
  }
}
