export { Cache } from './cache.js';
export { CACHE_CONFIG, type CacheConfig } from './cache.config.js';
export { CacheModule } from './cache.module.js';
export { cacheKeyPrefix } from './key-prefix.js';
export { MemoryCache, type MemoryCacheOptions } from './memory-cache.js';
export { OffCache } from './off-cache.js';
export { RedisCache, type RedisCacheOptions } from './redis-cache.js';
export { SingleFlight } from './single-flight.js';
