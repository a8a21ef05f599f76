export { CacheModule } from './cache.module.js';
export { cacheKeyPrefix } from './key-prefix.js';
export { MemoryCache, type MemoryCacheOptions } from './memory-cache.js';
export { OffCache } from './off-cache.js';
export { RedisCache, type RedisCacheOptions } from './redis-cache.js';
export {
  CapReads,
  isUnreachable,
  LastKnownValues,
  type ReadAnswer,
  type Remembered,
} from './last-known.js';
export { SingleFlight } from './single-flight.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/cache').
export * from './ports.js';
