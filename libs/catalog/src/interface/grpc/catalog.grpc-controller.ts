import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  GetSkusRequest__Output,
  GetSkusResponse,
  ListProductsResponse,
} from '@nestmall/contracts';
import { GetSkus } from '../../application/get-skus.js';
import { ListProducts } from '../../application/list-products.js';

const SERVICE = 'nestmall.catalog.v1.CatalogService';

/** nestmall.catalog.v1.CatalogService: a thin adapter over the use cases. */
@Controller()
export class CatalogGrpcController {
  constructor(
    private readonly listProducts: ListProducts,
    private readonly getSkus: GetSkus,
  ) {}

  @GrpcMethod(SERVICE, 'ListProducts')
  async products(): Promise<ListProductsResponse> {
    return { products: await this.listProducts.execute() };
  }

  @GrpcMethod(SERVICE, 'GetSkus')
  async skus(request: GetSkusRequest__Output): Promise<GetSkusResponse> {
    return { skus: await this.getSkus.execute(request.sku_ids) };
  }
}
