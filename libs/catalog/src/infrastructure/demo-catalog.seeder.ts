import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Cache } from '@nestmall/cache';
import { isUniqueViolation, type AppConfig } from '@nestmall/platform';
import type { Repository } from 'typeorm';
import { PRODUCT_LIST_KEY, skuViewKey } from '../application/catalog-cache-keys.js';
import { ProductEntity, SkuEntity } from './catalog.entities.js';

/** The course's stock demo: products 1000..1009, one SKU each, T00100..T00109. */
export const DEMO_SKUS = Array.from({ length: 10 }, (_, i) => ({
  productId: 1000 + i,
  skuId: `T0010${i}`,
  title: `Demo product ${1000 + i}, standard`,
  priceCents: 1990 + i * 1000,
}));

/** The pictures of the first three demo products (the sandbox moderation passes these URLs). */
export const DEMO_IMAGES: Readonly<Record<number, string[]>> = {
  1000: [
    'https://img.nestmall.example/products/1000/front.jpg',
    'https://img.nestmall.example/products/1000/side.jpg',
  ],
  1001: ['https://img.nestmall.example/products/1001/front.jpg'],
  1002: ['https://img.nestmall.example/products/1002/front.jpg'],
};

@Injectable()
export class DemoCatalogSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoCatalogSeeder');

  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
    @InjectRepository(SkuEntity) private readonly skus: Repository<SkuEntity>,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly cache: Cache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('SEED_DEMO_DATA', { infer: true })) return;
    if ((await this.products.count()) > 0) return;
    try {
      await this.products.manager.transaction(async (manager) => {
        await manager.insert(
          ProductEntity,
          DEMO_SKUS.map((s) => ({
            productId: s.productId,
            name: `Demo product ${s.productId}`,
            status: 'on_shelf',
            version: 1,
            images: JSON.stringify(DEMO_IMAGES[s.productId] ?? []),
          })),
        );
        await manager.insert(
          SkuEntity,
          DEMO_SKUS.map((s) => ({ ...s, onShelf: 1, attributes: '{}' })),
        );
      });
      // The only write to the catalog so far: drop what a shared cache may hold from an earlier
      // database of the same name (an empty product list, say).
      await this.cache.invalidate(PRODUCT_LIST_KEY, ...DEMO_SKUS.map((s) => skuViewKey(s.skuId)));
      this.logger.log(`seeded ${DEMO_SKUS.length} demo products (SKUs T00100..T00109)`);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
