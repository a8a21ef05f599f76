import { CACHE_CONFIG } from '@nestmall/ports/cache';
import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';

/** The users context's variables, with the cache of user views it uses. */
export const USERS_CONFIG = {
  ...CACHE_CONFIG,
  // Days a deleted account keeps its personal data (name, mobile, profile, addresses) before
  // the anonymisation job erases it; 0: at the job's next run.
  USER_DATA_RETENTION_DAYS: configInteger(0, 3650).default(30),
  // How often the anonymisation job runs (ms); 0: never in this process.
  USER_ANONYMISE_INTERVAL_MS: configInteger(0, 86_400_000).default(3_600_000),
} satisfies ConfigFragment;

export type UsersConfig = ConfigOf<typeof USERS_CONFIG>;
