import type { Product, Sku } from '../domain/sku.js';

/** The catalog context's persistence port. */
export abstract class CatalogRepository {
  abstract listProducts(): Promise<Product[]>;
  abstract findSkus(skuIds: string[]): Promise<Sku[]>;
}
