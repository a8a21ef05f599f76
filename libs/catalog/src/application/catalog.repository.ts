import type { Product, Sku } from '../domain/sku.js';

/** The catalog context's persistence port. */
export abstract class CatalogRepository {
  /** The products on sale (on shelf), with their SKUs. */
  abstract listProducts(): Promise<Product[]>;
  abstract findSkus(skuIds: string[]): Promise<Sku[]>;
}
