import type { ProductView, SkuView } from '../application/catalog-views.js';

/** The port through which the REST edge and the orders context read the catalog. */
export abstract class CatalogClient {
  abstract listProducts(): Promise<ProductView[]>;
  /** The SKUs that exist among `skuIds` (unknown ones are simply absent). */
  abstract getSkus(skuIds: string[]): Promise<SkuView[]>;
}
