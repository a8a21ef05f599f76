import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { ReplicaReads } from '@nestmall/ports/platform';
import { PRODUCT_LIST_KEY } from './catalog-cache-keys.js';
import { CatalogRepository } from './catalog.repository.js';
import { toProductView, type ProductView } from './catalog-views.js';

/** What is on sale, for buyers: cached, and read from a replica where there is one. */
@Injectable()
export class ListProducts {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly cache: Cache,
    private readonly replicas: ReplicaReads,
  ) {}

  async execute(): Promise<ProductView[]> {
    const products = await this.cache.getOrLoad(
      PRODUCT_LIST_KEY,
      this.cache.defaultTtlSeconds,
      async () => (await this.replicas.run(() => this.catalog.listProducts())).map(toProductView),
    );
    return products ?? [];
  }
}
