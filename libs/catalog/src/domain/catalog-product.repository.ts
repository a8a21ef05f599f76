import type { CatalogProduct, ProductStatus } from './catalog-product.js';

/** Who changed the catalog, and how: the audit trail of a write (its before and after). */
export interface CatalogChange {
  actor: { staffId: number; email: string };
  /** product.create, product.edit, product.submit, product.approve, ... */
  action: string;
  before: unknown;
}

export interface CatalogProductFilter {
  status?: ProductStatus;
  brandId?: number;
  categoryId?: number;
  /** A part of the name, any case. */
  name?: string;
  offset: number;
  limit: number;
}

/**
 * The back office's products (catalog_product and its SKUs), in the caller's unit of work. A
 * save is guarded by the version the product was loaded at, and appends its domain events and
 * the audit record of `change` to the outbox in the same transaction.
 */
export abstract class CatalogProductRepository {
  /** A product id no product has (the caller's insert may still race: ConflictError then). */
  abstract nextId(): Promise<number>;
  abstract findById(productId: number): Promise<CatalogProduct | null>;
  /** The ones of `skuIds` some product other than `exceptProductId` already has. */
  abstract takenSkuIds(skuIds: string[], exceptProductId?: number): Promise<string[]>;
  abstract add(product: CatalogProduct, change: CatalogChange): Promise<void>;
  /** @throws ConflictError when the product changed since it was loaded */
  abstract save(product: CatalogProduct, change: CatalogChange): Promise<void>;
  abstract list(
    filter: CatalogProductFilter,
  ): Promise<{ products: CatalogProduct[]; total: number }>;
}
