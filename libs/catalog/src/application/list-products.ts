import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { PRODUCT_LIST_KEY } from './catalog-cache-keys.js';
import { CatalogRepository } from './catalog.repository.js';
import { toProductView, type ProductView } from './catalog-views.js';

@Injectable()
export class ListProducts {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly cache: Cache,
  ) {}

  async execute(): Promise<ProductView[]> {
    const products = await this.cache.getOrLoad(
      PRODUCT_LIST_KEY,
      this.cache.defaultTtlSeconds,
      async () => (await this.catalog.listProducts()).map(toProductView),
    );
    return products ?? [];
  }
}
