import { z } from 'zod';
import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';

/**
 * Cache-aside for users by id and SKU display data: memory (in this process, the embedded
 * default), redis (shared, at REDIS_URL) or off; and the time to live of an entry.
 */
export const CACHE_CONFIG = {
  CACHE: z.enum(['memory', 'redis', 'off']).default('memory'),
  CACHE_TTL_SECONDS: configInteger(1, 86_400).default(60),
} satisfies ConfigFragment;

export type CacheConfig = ConfigOf<typeof CACHE_CONFIG>;
