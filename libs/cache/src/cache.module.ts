import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@nestmall/platform';
import type { CacheConfig } from './cache.config.js';
import { Cache } from './cache.js';
import { cacheKeyPrefix } from './key-prefix.js';
import { MemoryCache } from './memory-cache.js';
import { OffCache } from './off-cache.js';
import { RedisCache } from './redis-cache.js';

/**
 * Binds Cache to what CACHE chooses: memory (this process; the embedded default), redis (shared,
 * at REDIS_URL, keys under cacheKeyPrefix(DATABASE_URL, REDIS_KEY_PREFIX)) or off. Global, one instance per app;
 * the contexts that cache import it themselves, so apps need not. The Redis connection closes
 * when the app shuts down.
 */
@Global()
@Module({
  providers: [{ provide: Cache, inject: [ConfigService], useFactory: createCache }],
  exports: [Cache],
})
export class CacheModule {}

async function createCache(config: ConfigService<AppConfig & CacheConfig, true>): Promise<Cache> {
  const ttl = config.get('CACHE_TTL_SECONDS', { infer: true });
  const kind = config.get('CACHE', { infer: true });
  if (kind === 'off') return new OffCache(ttl);
  if (kind === 'memory') return new MemoryCache({ defaultTtlSeconds: ttl });
  const cache = new RedisCache({
    url: config.get('REDIS_URL', { infer: true }),
    keyPrefix: cacheKeyPrefix(
      config.get('DATABASE_URL', { infer: true }),
      config.get('REDIS_KEY_PREFIX', { infer: true }),
    ),
    defaultTtlSeconds: ttl,
  });
  await cache.connect();
  return cache;
}
