import type {
  AdminProductPageView,
  AdminProductView,
  CatalogActor,
  ProductInput,
} from '../application/catalog-admin-views.js';
import type { ProductView, SkuView } from '../application/catalog-views.js';
import type { CatalogProductQuery } from '../application/list-catalog-products.js';

/**
 * A staff member proved by a staff token (the admin context's StaffGuard): who acts, and the
 * token, which the gRPC adapter forwards so the catalog's host checks it again.
 */
export interface CatalogCaller {
  actor: CatalogActor;
  accessToken: string;
}

export type { CatalogProductQuery, ProductInput };

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
}
