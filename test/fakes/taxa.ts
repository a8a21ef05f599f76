import { AlreadyExistsError, ConflictError } from '../../libs/platform/src/errors/domain-error.js';
import type { CatalogChange } from '../../libs/catalog/src/domain/catalog-product.repository.js';
import { Taxon, type TaxonKind, type TaxonState } from '../../libs/catalog/src/domain/taxon.js';
import {
  TaxonRepository,
  type TaxonFilter,
} from '../../libs/catalog/src/domain/taxon.repository.js';

/** Brands and categories in memory: names unique per kind (any case), saves guarded by version. */
export class InMemoryTaxa extends TaxonRepository {
  readonly rows = new Map<string, TaxonState>();
  readonly changes: (CatalogChange & { after: TaxonState })[] = [];

  async nextId(kind: TaxonKind): Promise<number> {
    return this.of(kind).length + 1;
  }

  async findById(kind: TaxonKind, id: number): Promise<Taxon | null> {
    const row = this.rows.get(`${kind}:${id}`);
    return row ? Taxon.restore(row) : null;
  }

  async nameTaken(kind: TaxonKind, name: string, exceptId?: number): Promise<boolean> {
    return this.of(kind).some(
      (r) => r.id !== exceptId && r.name.toLowerCase() === name.toLowerCase(),
    );
  }

  async hasChildren(categoryId: number): Promise<boolean> {
    return this.of('category').some((r) => r.parentId === categoryId);
  }

  async add(taxon: Taxon, change: CatalogChange): Promise<void> {
    if (await this.nameTaken(taxon.kind, taxon.snapshot().name))
      throw new AlreadyExistsError('name taken');
    taxon.saved(1);
    this.keep(taxon, change);
  }

  async save(taxon: Taxon, change: CatalogChange): Promise<void> {
    const s = taxon.snapshot();
    if (this.rows.get(`${s.kind}:${s.id}`)?.version !== s.version)
      throw new ConflictError(`${s.kind} ${s.id} changed meanwhile`);
    taxon.saved(s.version + 1);
    this.keep(taxon, change);
  }

  async list(kind: TaxonKind, filter: TaxonFilter): Promise<{ taxa: Taxon[]; total: number }> {
    const all = this.of(kind).filter(
      (r) =>
        (!filter.name || r.name.toLowerCase().includes(filter.name.toLowerCase())) &&
        (!filter.parentId || r.parentId === filter.parentId),
    );
    return {
      taxa: all.slice(filter.offset, filter.offset + filter.limit).map((r) => Taxon.restore(r)),
      total: all.length,
    };
  }

  private of(kind: TaxonKind): TaxonState[] {
    return [...this.rows.values()].filter((r) => r.kind === kind);
  }

  private keep(taxon: Taxon, change: CatalogChange): void {
    const after = taxon.snapshot();
    this.rows.set(`${after.kind}:${after.id}`, after);
    this.changes.push({ ...change, after });
  }
}
