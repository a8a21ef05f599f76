import type {
  AdminProductPageView,
  AdminProductView,
  CatalogActor,
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

/**
 * A staff member proved by a staff token (the admin context's StaffGuard): who acts, and the
 * token, which the gRPC adapter forwards so the catalog's host checks it again.
 */
export interface CatalogCaller {
  actor: CatalogActor;
  accessToken: string;
}

export type { CatalogProductQuery, ProductInput, TaxonInput, TaxonKind, TaxonQuery };

/** The port through which the REST edge and the orders context read (and staff write) the catalog. */
export abstract class CatalogClient {
  /** The products on sale (on shelf). */
  abstract listProducts(): Promise<ProductView[]>;
  /** The SKUs that exist among `skuIds` (unknown ones are simply absent). */
  abstract getSkus(skuIds: string[]): Promise<SkuView[]>;

  abstract listAdminProducts(
    caller: CatalogCaller,
    query: CatalogProductQuery,
  ): Promise<AdminProductPageView>;
  abstract createProduct(caller: CatalogCaller, input: ProductInput): Promise<AdminProductView>;
  abstract editProduct(
    caller: CatalogCaller,
    productId: number,
    input: ProductInput,
  ): Promise<AdminProductView>;
  abstract reviewProduct(
    caller: CatalogCaller,
    productId: number,
    step: string,
    reason?: string,
  ): Promise<AdminProductView>;

  /** Brands or categories, for anyone (the buyer's GET /brands, GET /categories). */
  abstract browseTaxa(kind: TaxonKind, query: TaxonQuery): Promise<TaxonPageView>;
  /** Brands or categories (any staff member). */
  abstract listTaxa(
    caller: CatalogCaller,
    kind: TaxonKind,
    query: TaxonQuery,
  ): Promise<TaxonPageView>;
  abstract createTaxon(
    caller: CatalogCaller,
    kind: TaxonKind,
    input: TaxonInput,
  ): Promise<TaxonView>;
  abstract editTaxon(
    caller: CatalogCaller,
    kind: TaxonKind,
    id: number,
    input: TaxonInput,
  ): Promise<TaxonView>;
}
