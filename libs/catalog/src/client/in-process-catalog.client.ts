import { Injectable } from '@nestjs/common';
import type {
  AdminProductPageView,
  AdminProductView,
  ProductInput,
} from '../application/catalog-admin-views.js';
import type { ProductView, SkuView } from '../application/catalog-views.js';
import { CreateProduct } from '../application/create-product.js';
import { EditProduct } from '../application/edit-product.js';
import { GetSkus } from '../application/get-skus.js';
import {
  ListCatalogProducts,
  type CatalogProductQuery,
} from '../application/list-catalog-products.js';
import { ListProducts } from '../application/list-products.js';
import { ReviewProduct } from '../application/review-product.js';
import { CreateTaxon } from '../application/create-taxon.js';
import { EditTaxon } from '../application/edit-taxon.js';
import { ListTaxa } from '../application/list-taxa.js';
import type {
  TaxonInput,
  TaxonKind,
  TaxonPageView,
  TaxonQuery,
  TaxonView,
} from '../application/taxon-views.js';
import { CatalogClient, type CatalogCaller } from './catalog.client.js';

@Injectable()
export class InProcessCatalogClient extends CatalogClient {
  constructor(
    private readonly listProductsCase: ListProducts,
    private readonly getSkusCase: GetSkus,
    private readonly listCatalogProducts: ListCatalogProducts,
    private readonly createProductCase: CreateProduct,
    private readonly editProductCase: EditProduct,
    private readonly reviewProductCase: ReviewProduct,
    private readonly listTaxaCase: ListTaxa,
    private readonly createTaxonCase: CreateTaxon,
    private readonly editTaxonCase: EditTaxon,
  ) {
    super();
  }

  listProducts(): Promise<ProductView[]> {
    return this.listProductsCase.execute();
  }

  getSkus(skuIds: string[]): Promise<SkuView[]> {
    return this.getSkusCase.execute(skuIds);
  }

  listAdminProducts(
    _caller: CatalogCaller,
    query: CatalogProductQuery,
  ): Promise<AdminProductPageView> {
    return this.listCatalogProducts.execute(query);
  }

  createProduct(caller: CatalogCaller, input: ProductInput): Promise<AdminProductView> {
    return this.createProductCase.execute(caller.actor, input);
  }

  editProduct(
    caller: CatalogCaller,
    productId: number,
    input: ProductInput,
  ): Promise<AdminProductView> {
    return this.editProductCase.execute(caller.actor, productId, input);
  }

  reviewProduct(
    caller: CatalogCaller,
    productId: number,
    step: string,
    reason?: string,
  ): Promise<AdminProductView> {
    return this.reviewProductCase.execute(caller.actor, productId, step, reason);
  }

  browseTaxa(kind: TaxonKind, query: TaxonQuery): Promise<TaxonPageView> {
    return this.listTaxaCase.execute(kind, query);
  }

  listTaxa(_caller: CatalogCaller, kind: TaxonKind, query: TaxonQuery): Promise<TaxonPageView> {
    return this.listTaxaCase.execute(kind, query);
  }

  createTaxon(caller: CatalogCaller, kind: TaxonKind, input: TaxonInput): Promise<TaxonView> {
    return this.createTaxonCase.execute(caller.actor, kind, input);
  }

  editTaxon(
    caller: CatalogCaller,
    kind: TaxonKind,
    id: number,
    input: TaxonInput,
  ): Promise<TaxonView> {
    return this.editTaxonCase.execute(caller.actor, kind, id, input);
  }
}
