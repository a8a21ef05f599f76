import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';

/** TCC: how long a Try phase may take before recovery cancels it; recovery pace and limit. */
export const TRANSACTIONS_CONFIG = {
  TCC_TIMEOUT_MS: configInteger(500, 600_000).default(5000),
  TCC_RECOVERY_INTERVAL_MS: configInteger(50, 60_000).default(1000),
  TCC_MAX_ATTEMPTS: configInteger(1, 1000).default(8),
} satisfies ConfigFragment;

export type TransactionsConfig = ConfigOf<typeof TRANSACTIONS_CONFIG>;
