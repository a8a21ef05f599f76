import type {
  CatalogServiceClient,
  GetSkusResponse__Output,
  ListProductsResponse__Output,
} from '@nestmall/contracts';
import type { AdminProduct__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/AdminProduct.js';
import type { AdminProductPage__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/AdminProductPage.js';
import type { Sku__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/Sku.js';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type {
  AdminProductPageView,
  AdminProductView,
  ProductInput,
} from '../application/catalog-admin-views.js';
import type { ProductView, SkuView } from '../application/catalog-views.js';
import type { CatalogProductQuery } from '../application/list-catalog-products.js';
import type {
  TaxonInput,
  TaxonKind,
  TaxonPageView,
  TaxonQuery,
  TaxonView,
} from '../application/taxon-views.js';
import type { Taxon__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/Taxon.js';
import type { TaxonPage__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/TaxonPage.js';
import {
  fromAdminProduct,
  fromTaxon,
  toProductContent,
  toTaxonContent,
} from './catalog-grpc-mapping.js';
import { CatalogClient, type CatalogCaller } from './catalog.client.js';

/**
 * An approval waits for image moderation at the third-party context (every image, each with its
 * provider's timeout and retries), far longer than GRPC_DEADLINE_MS allows a plain write.
 */
const APPROVE_DEADLINE_MS = 30_000;

/**
 * CatalogClient over gRPC. Reads may be retried on another replica; staff writes are sent once,
 * with the staff token in the metadata (the catalog's host checks it again).
 */
export class GrpcCatalogClient extends CatalogClient {
  constructor(private readonly pool: GrpcReplicaPool<CatalogServiceClient>) {
    super();
  }

  async listProducts(): Promise<ProductView[]> {
    const answer = await this.pool.unary<ListProductsResponse__Output>('ListProducts', {}, true);
    return answer.products.map((p) => ({
      product_id: p.product_id,
      name: p.name,
      skus: p.skus.map((sku) => toSkuView(sku)),
      images: p.images ?? [],
    }));
  }

  async getSkus(skuIds: string[]): Promise<SkuView[]> {
    const answer = await this.pool.unary<GetSkusResponse__Output>(
      'GetSkus',
      { sku_ids: skuIds },
      true,
    );
    return answer.skus.map((sku) => toSkuView(sku, true));
  }

  async listAdminProducts(
    caller: CatalogCaller,
    query: CatalogProductQuery,
  ): Promise<AdminProductPageView> {
    const answer = await this.pool.unary<AdminProductPage__Output>(
      'ListAdminProducts',
      {
        status: query.status ?? '',
        brand_id: query.brandId ?? 0,
        category_id: query.categoryId ?? 0,
        name: query.name ?? '',
        page_num: query.pageNum,
        page_size: query.pageSize,
      },
      true,
      undefined,
      caller.accessToken,
    );
    return {
      ...answer,
      total: Number(answer.total),
      products: answer.products.map(fromAdminProduct),
    };
  }

  createProduct(caller: CatalogCaller, input: ProductInput): Promise<AdminProductView> {
    return this.write(caller, 'CreateProduct', toProductContent(input));
  }

  editProduct(
    caller: CatalogCaller,
    productId: number,
    input: ProductInput,
  ): Promise<AdminProductView> {
    return this.write(caller, 'EditProduct', {
      product_id: productId,
      content: toProductContent(input),
    });
  }

  reviewProduct(
    caller: CatalogCaller,
    productId: number,
    step: string,
    reason?: string,
  ): Promise<AdminProductView> {
    return this.write(
      caller,
      'ReviewProduct',
      { product_id: productId, step, reason: reason ?? '' },
      step === 'approve' ? APPROVE_DEADLINE_MS : undefined,
    );
  }

  browseTaxa(kind: TaxonKind, query: TaxonQuery): Promise<TaxonPageView> {
    return this.taxa('BrowseTaxa', kind, query);
  }

  listTaxa(caller: CatalogCaller, kind: TaxonKind, query: TaxonQuery): Promise<TaxonPageView> {
    return this.taxa('ListTaxa', kind, query, caller.accessToken);
  }

  private async taxa(
    method: 'ListTaxa' | 'BrowseTaxa',
    kind: TaxonKind,
    query: TaxonQuery,
    accessToken?: string,
  ): Promise<TaxonPageView> {
    const answer = await this.pool.unary<TaxonPage__Output>(
      method,
      {
        kind,
        name: query.name ?? '',
        parent_id: query.parentId ?? 0,
        page_num: query.pageNum,
        page_size: query.pageSize,
      },
      true,
      undefined,
      accessToken,
    );
    return { ...answer, total: Number(answer.total), items: answer.items.map(fromTaxon) };
  }

  async createTaxon(caller: CatalogCaller, kind: TaxonKind, input: TaxonInput): Promise<TaxonView> {
    const answer = await this.pool.unary<Taxon__Output>(
      'CreateTaxon',
      { kind, content: toTaxonContent(input) },
      false,
      undefined,
      caller.accessToken,
    );
    return fromTaxon(answer);
  }

  async editTaxon(
    caller: CatalogCaller,
    kind: TaxonKind,
    id: number,
    input: TaxonInput,
  ): Promise<TaxonView> {
    const answer = await this.pool.unary<Taxon__Output>(
      'EditTaxon',
      { kind, id, content: toTaxonContent(input) },
      false,
      undefined,
      caller.accessToken,
    );
    return fromTaxon(answer);
  }

  private async write(
    caller: CatalogCaller,
    method: string,
    request: object,
    deadlineMs?: number,
  ): Promise<AdminProductView> {
    const answer = await this.pool.unary<AdminProduct__Output>(
      method,
      request,
      false,
      deadlineMs,
      caller.accessToken,
    );
    return fromAdminProduct(answer);
  }
}

/** `withCategory`: GetSkus' view (category_id, 0 on the wire for none). */
function toSkuView(sku: Sku__Output, withCategory = false): SkuView {
  return {
    sku_id: sku.sku_id,
    product_id: sku.product_id,
    title: sku.title,
    price_cents: sku.price_cents,
    on_shelf: sku.on_shelf,
    ...(withCategory ? { category_id: Number(sku.category_id) || null } : {}),
  };
}
