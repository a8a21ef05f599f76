import { CACHE_CONFIG } from '@nestmall/ports/cache';
import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';

/** The rankings' variables, with the cache's (CACHE, CACHE_TTL_SECONDS) they are cached in. */
export const RANKING_CONFIG = {
  ...CACHE_CONFIG,
  // How long an answer of the ranking routes is reused (seconds; 0: computed at every request).
  RANKING_CACHE_SECONDS: configInteger(0, 3600).default(5),
} satisfies ConfigFragment;

export type RankingConfig = ConfigOf<typeof RANKING_CONFIG>;
