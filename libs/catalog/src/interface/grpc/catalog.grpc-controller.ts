import { Controller } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import type {
  GetSkusRequest__Output,
  GetSkusResponse,
  ListProductsResponse,
} from '@nestmall/contracts';
import type { AdminProduct__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/AdminProduct.js';
import type { AdminProductPage } from '@nestmall/contracts/generated/nestmall/catalog/v1/AdminProductPage.js';
import type { EditProductRequest__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/EditProductRequest.js';
import type { ListAdminProductsRequest__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/ListAdminProductsRequest.js';
import type { ProductContent__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/ProductContent.js';
import type { ReviewProductRequest__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/ReviewProductRequest.js';
import { CreateProduct } from '../../application/create-product.js';
import { EditProduct } from '../../application/edit-product.js';
import { GetSkus } from '../../application/get-skus.js';
import { ListCatalogProducts } from '../../application/list-catalog-products.js';
import { ListProducts } from '../../application/list-products.js';
import { ReviewProduct } from '../../application/review-product.js';
import { fromProductContent, toAdminProduct } from '../../client/catalog-grpc-mapping.js';
import { requireStepPermission, staffActor } from '../staff-actor.js';

const SERVICE = 'nestmall.catalog.v1.CatalogService';

/**
 * nestmall.catalog.v1.CatalogService: a thin adapter over the use cases. The back-office RPCs
 * check the staff token in the metadata and the permission here (StaffOnly), whoever calls; the
 * actor is the token's staff member.
 */
@Controller()
export class CatalogGrpcController {
  constructor(
    private readonly listProducts: ListProducts,
    private readonly getSkus: GetSkus,
    private readonly listCatalogProducts: ListCatalogProducts,
    private readonly createProduct: CreateProduct,
    private readonly editProduct: EditProduct,
    private readonly reviewProduct: ReviewProduct,
  ) {}

  @GrpcMethod(SERVICE, 'ListProducts')
  async products(): Promise<ListProductsResponse> {
    return { products: await this.listProducts.execute() };
  }

  @GrpcMethod(SERVICE, 'GetSkus')
  async skus(request: GetSkusRequest__Output): Promise<GetSkusResponse> {
    return { skus: await this.getSkus.execute(request.sku_ids) };
  }

  @GrpcMethod(SERVICE, 'ListAdminProducts')
  @StaffOnly()
  async adminProducts(request: ListAdminProductsRequest__Output): Promise<AdminProductPage> {
    const page = await this.listCatalogProducts.execute({
      status: request.status || undefined,
      brandId: request.brand_id || undefined,
      categoryId: request.category_id || undefined,
      name: request.name || undefined,
      pageNum: request.page_num,
      pageSize: request.page_size,
    });
    return { ...page, products: page.products.map(toAdminProduct) };
  }

  @GrpcMethod(SERVICE, 'CreateProduct')
  @StaffOnly('product:write')
  async create(
    @Payload() request: ProductContent__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<AdminProduct__Output> {
    return toAdminProduct(
      await this.createProduct.execute(staffActor(caller), fromProductContent(request)),
    );
  }

  @GrpcMethod(SERVICE, 'EditProduct')
  @StaffOnly('product:write')
  async edit(
    @Payload() request: EditProductRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<AdminProduct__Output> {
    return toAdminProduct(
      await this.editProduct.execute(
        staffActor(caller),
        request.product_id,
        fromProductContent(request.content),
      ),
    );
  }

  @GrpcMethod(SERVICE, 'ReviewProduct')
  @StaffOnly()
  async review(
    @Payload() request: ReviewProductRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<AdminProduct__Output> {
    requireStepPermission(caller, request.step);
    return toAdminProduct(
      await this.reviewProduct.execute(
        staffActor(caller),
        request.product_id,
        request.step,
        request.reason || undefined,
      ),
    );
  }
}
