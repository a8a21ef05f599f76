import { Injectable } from '@nestjs/common';
import { AlreadyExistsError } from '@nestmall/ports/platform';
import { CatalogProduct } from '../domain/catalog-product.js';
import { CatalogWrite } from './catalog-write.js';
import { CatalogProductRepository } from '../domain/catalog-product.repository.js';
import { TaxonRepository } from '../domain/taxon.repository.js';
import { checkProductTaxa } from './taxon-rules.js';
import {
  fromProductInput,
  toAdminProductView,
  type AdminProductView,
  type CatalogActor,
  type ProductInput,
} from './catalog-admin-views.js';

/** A new product, a draft, with its SKUs (codes unique across the catalog); audited. */
@Injectable()
export class CreateProduct {
  constructor(
    private readonly products: CatalogProductRepository,
    private readonly write: CatalogWrite,
    private readonly taxa: TaxonRepository,
  ) {}

  execute(actor: CatalogActor, input: ProductInput): Promise<AdminProductView> {
    const content = fromProductInput(input);
    return this.write.run(async () => {
      const product = CatalogProduct.create(await this.products.nextId(), content);
      await checkProductTaxa(this.taxa, product.snapshot());
      const skuIds = product.snapshot().skus.map((s) => s.skuId);
      const [taken] = await this.products.takenSkuIds(skuIds);
      if (taken !== undefined) throw new AlreadyExistsError(`sku_id ${taken} already exists`);
      await this.products.add(product, { actor, action: 'product.create', before: null });
      return toAdminProductView(product);
    });
  }
}
