import type { CatalogChange } from './catalog-product.repository.js';
import type { Taxon, TaxonKind } from './taxon.js';

export interface TaxonFilter {
  /** A part of the name, any case. */
  name?: string;
  /** Categories only: the children of this one. */
  parentId?: number;
  offset: number;
  limit: number;
}

/**
 * Brands (catalog_brand) and categories (catalog_category), in the caller's unit of work. A save
 * is guarded by the version the taxon was loaded at and appends its audit record (CatalogChanged)
 * to the outbox in the same transaction.
 */
export abstract class TaxonRepository {
  abstract nextId(kind: TaxonKind): Promise<number>;
  abstract findById(kind: TaxonKind, id: number): Promise<Taxon | null>;
  /** Whether another taxon of the kind (not `exceptId`) has this name, any case. */
  abstract nameTaken(kind: TaxonKind, name: string, exceptId?: number): Promise<boolean>;
  /** Whether some category has `categoryId` as its parent. */
  abstract hasChildren(categoryId: number): Promise<boolean>;
  /** @throws AlreadyExistsError when the name was just taken */
  abstract add(taxon: Taxon, change: CatalogChange): Promise<void>;
  /** @throws ConflictError when the taxon changed since it was loaded */
  abstract save(taxon: Taxon, change: CatalogChange): Promise<void>;
  abstract list(kind: TaxonKind, filter: TaxonFilter): Promise<{ taxa: Taxon[]; total: number }>;
}
