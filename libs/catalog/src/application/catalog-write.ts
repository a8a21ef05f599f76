import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { UnitOfWork } from '@nestmall/ports/platform';
import { PRODUCT_LIST_KEY, skuViewKey } from './catalog-cache-keys.js';
import type { AdminProductView } from './catalog-admin-views.js';

/**
 * How every back-office write of a product runs: one unit of work (the change, its events and its
 * audit record commit together), then the cached views it made stale are dropped: the buyer's
 * product list and each SKU view of the product, before and after (GetSkus, which orders price
 * and check on_shelf with). With CACHE=redis the cache is shared, so every replica sees the
 * change at once; a load in flight meanwhile is not stored (Cache.invalidate).
 */
@Injectable()
export class CatalogWrite {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cache: Cache,
  ) {}

  /** `stale`: SKU codes the work made stale beyond the product's SKUs after it (removed ones). */
  async run(work: (stale: Set<string>) => Promise<AdminProductView>): Promise<AdminProductView> {
    const stale = new Set<string>();
    const view = await this.unitOfWork.run(() => work(stale));
    for (const sku of view.skus) stale.add(sku.sku_id);
    await this.cache.invalidate(PRODUCT_LIST_KEY, ...[...stale].map(skuViewKey));
    return view;
  }
}
