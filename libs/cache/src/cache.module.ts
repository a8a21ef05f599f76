import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ClusterPeers, Metrics, Readiness, type AppConfig } from '@nestmall/platform';
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
  providers: [
    {
      provide: Cache,
      inject: [
        ConfigService,
        { token: Readiness, optional: true },
        { token: Metrics, optional: true },
      ],
      useFactory: async (
        config: ConfigService<AppConfig & CacheConfig, true>,
        readiness?: Readiness,
        metrics?: Metrics,
      ) => observed(await createCache(config), readiness, metrics),
    },
  ],
  exports: [Cache],
})
export class CacheModule {}

async function createCache(config: ConfigService<AppConfig & CacheConfig, true>): Promise<Cache> {
  const ttl = config.get('CACHE_TTL_SECONDS', { infer: true });
  const kind = config.get('CACHE', { infer: true });
  if (kind === 'off') return new OffCache(ttl);
  if (kind === 'memory') {
    // Several workers of one edge (WEB_CONCURRENCY): each one's invalidations reach the others.
    const peers = new ClusterPeers<string[]>('cache-invalidate');
    return new MemoryCache({ defaultTtlSeconds: ttl, peers: peers.active ? peers : undefined });
  }
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

/**
 * Hits and misses in the metrics; a Redis cache in the readiness report as degraded while it is
 * unreachable (reads then go to the database: the app stays ready).
 */
function observed(cache: Cache, readiness?: Readiness, metrics?: Metrics): Cache {
  metrics?.countedFrom(
    {
      name: 'nestmall_cache_requests_total',
      help: 'Cache reads, by result: hit (answered by the cache) or miss (loaded)',
      label: 'result',
    },
    () => ({ hit: cache.stats.hits, miss: cache.stats.misses }),
  );
  if (cache instanceof RedisCache) {
    readiness?.add(
      'redis-cache',
      async () => {
        if (cache.status !== 'ready') throw new Error(`Redis is ${cache.status}`);
      },
      { critical: false },
    );
  }
  return cache;
}
