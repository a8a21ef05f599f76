import { ConflictError } from '../../libs/platform/src/errors/domain-error.js';
import {
  CatalogProduct,
  type CatalogProductEvent,
  type CatalogProductState,
} from '../../libs/catalog/src/domain/catalog-product.js';
import {
  CatalogProductRepository,
  type CatalogChange,
  type CatalogProductFilter,
} from '../../libs/catalog/src/domain/catalog-product.repository.js';

/** The back office's products in memory: saves guarded by version, events and changes kept. */
export class InMemoryCatalogProducts extends CatalogProductRepository {
  readonly rows = new Map<number, CatalogProductState>();
  readonly events: CatalogProductEvent[] = [];
  readonly changes: (CatalogChange & { after: CatalogProductState })[] = [];

  async nextId(): Promise<number> {
    return Math.max(1999, ...this.rows.keys()) + 1;
  }

  async findById(productId: number): Promise<CatalogProduct | null> {
    const row = this.rows.get(productId);
    return row ? CatalogProduct.restore(row) : null;
  }

  async takenSkuIds(skuIds: string[], exceptProductId?: number): Promise<string[]> {
    return [...this.rows.values()]
      .filter((r) => r.productId !== exceptProductId)
      .flatMap((r) => r.skus.map((s) => s.skuId))
      .filter((id) => skuIds.includes(id));
  }

  async add(product: CatalogProduct, change: CatalogChange): Promise<void> {
    if (this.rows.has(product.productId)) throw new ConflictError('taken');
    product.saved(1);
    this.keep(product, change);
  }

  async save(product: CatalogProduct, change: CatalogChange): Promise<void> {
    if (this.rows.get(product.productId)?.version !== product.version)
      throw new ConflictError(`product ${product.productId} changed meanwhile`);
    product.saved(product.version + 1);
    this.keep(product, change);
  }

  async list(filter: CatalogProductFilter): Promise<{ products: CatalogProduct[]; total: number }> {
    const all = [...this.rows.values()].filter(
      (r) =>
        (!filter.status || r.status === filter.status) &&
        (!filter.brandId || r.brandId === filter.brandId) &&
        (!filter.categoryId || r.categoryId === filter.categoryId) &&
        (!filter.name || r.name.toLowerCase().includes(filter.name.toLowerCase())),
    );
    return {
      products: all
        .slice(filter.offset, filter.offset + filter.limit)
        .map((r) => CatalogProduct.restore(r)),
      total: all.length,
    };
  }

  private keep(product: CatalogProduct, change: CatalogChange): void {
    const after = product.snapshot();
    this.rows.set(product.productId, after);
    this.events.push(...product.pullEvents());
    this.changes.push({ ...change, after });
  }
}
