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
import type { CreateTaxonRequest__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/CreateTaxonRequest.js';
import type { EditTaxonRequest__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/EditTaxonRequest.js';
import type { ListTaxaRequest__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/ListTaxaRequest.js';
import type { Taxon__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/Taxon.js';
import type { TaxonPage } from '@nestmall/contracts/generated/nestmall/catalog/v1/TaxonPage.js';
import { CreateProduct } from '../../application/create-product.js';
import { CreateTaxon } from '../../application/create-taxon.js';
import { EditTaxon } from '../../application/edit-taxon.js';
import { ListTaxa } from '../../application/list-taxa.js';
import { parseTaxonKind } from '../../domain/taxon.js';
import { EditProduct } from '../../application/edit-product.js';
import { GetSkus } from '../../application/get-skus.js';
import { ListCatalogProducts } from '../../application/list-catalog-products.js';
import { ListProducts } from '../../application/list-products.js';
import { ReviewProduct } from '../../application/review-product.js';
import {
  fromProductContent,
  fromTaxonContent,
  toAdminProduct,
  toTaxon,
} from '../../client/catalog-grpc-mapping.js';
import { requireStepPermission, staffActor } from '../staff-actor.js';
import type { SkuView } from '../../application/catalog-views.js';
import type { Sku } from '@nestmall/contracts/generated/nestmall/catalog/v1/Sku.js';

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
    private readonly listTaxa: ListTaxa,
    private readonly createTaxon: CreateTaxon,
    private readonly editTaxon: EditTaxon,
  ) {}

  @GrpcMethod(SERVICE, 'ListProducts')
  async products(): Promise<ListProductsResponse> {
    const products = await this.listProducts.execute();
    return { products: products.map((p) => ({ ...p, skus: p.skus.map(toWireSku) })) };
  }

  @GrpcMethod(SERVICE, 'GetSkus')
  async skus(request: GetSkusRequest__Output): Promise<GetSkusResponse> {
    return { skus: (await this.getSkus.execute(request.sku_ids)).map(toWireSku) };
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

  @GrpcMethod(SERVICE, 'ListTaxa')
  @StaffOnly()
  staffTaxa(request: ListTaxaRequest__Output): Promise<TaxonPage> {
    return this.taxa(request);
  }

  @GrpcMethod(SERVICE, 'BrowseTaxa')
  browseTaxa(request: ListTaxaRequest__Output): Promise<TaxonPage> {
    return this.taxa(request);
  }

  private async taxa(request: ListTaxaRequest__Output): Promise<TaxonPage> {
    const page = await this.listTaxa.execute(parseTaxonKind(request.kind), {
      name: request.name || undefined,
      parentId: Number(request.parent_id) || undefined,
      pageNum: request.page_num,
      pageSize: request.page_size,
    });
    return { ...page, items: page.items.map(toTaxon) };
  }

  @GrpcMethod(SERVICE, 'CreateTaxon')
  @StaffOnly('product:write')
  async newTaxon(
    @Payload() request: CreateTaxonRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<Taxon__Output> {
    return toTaxon(
      await this.createTaxon.execute(
        staffActor(caller),
        parseTaxonKind(request.kind),
        fromTaxonContent(request.content),
      ),
    );
  }

  @GrpcMethod(SERVICE, 'EditTaxon')
  @StaffOnly('product:write')
  async changeTaxon(
    @Payload() request: EditTaxonRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<Taxon__Output> {
    return toTaxon(
      await this.editTaxon.execute(
        staffActor(caller),
        parseTaxonKind(request.kind),
        Number(request.id),
        fromTaxonContent(request.content),
      ),
    );
  }
}

/** A SKU view on the wire: category_id 0 for none (ListProducts' views carry none). */
function toWireSku(sku: SkuView): Sku {
  return { ...sku, category_id: sku.category_id ?? 0 };
}
