// '@nestmall/ports/cache': the cache port that use cases take (no Redis behind it here).
export { Cache } from './cache.js';
export { CACHE_CONFIG, type CacheConfig } from './cache.config.js';
export { STOCK_READS_CONFIG, type ReadMode, type StockReadsConfig } from './stock-reads.config.js';
