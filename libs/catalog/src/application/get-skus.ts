import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import { SKU_ID_PATTERN } from '../domain/sku.js';
import { skuViewKey } from './catalog-cache-keys.js';
import { CatalogRepository } from './catalog.repository.js';
import { toSkuView, type SkuView } from './catalog-views.js';

/**
 * The SKUs asked for that exist (the caller decides what a missing one means), in the order
 * asked, each once. Cache-aside per SKU; an unknown SKU is not cached.
 */
@Injectable()
export class GetSkus {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly cache: Cache,
  ) {}

  async execute(skuIds: string[]): Promise<SkuView[]> {
    const bad = skuIds.find((id) => !SKU_ID_PATTERN.test(id));
    if (bad !== undefined) throw new InvalidArgumentError(`sku_id "${bad}" is not a SKU code`);
    const ttl = this.cache.defaultTtlSeconds;
    const views = await Promise.all(
      [...new Set(skuIds)].map((id) =>
        this.cache.getOrLoad(skuViewKey(id), ttl, () => this.load(id)),
      ),
    );
    return views.filter((view): view is SkuView => view !== null);
  }

  private async load(skuId: string): Promise<SkuView | null> {
    const [sku] = await this.catalog.findSkus([skuId]);
    return sku ? toSkuView(sku) : null;
  }
}
