import { z } from 'zod';
import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';
import { TRANSACTIONS_CONFIG } from '@nestmall/ports/transactions';

/**
 * The orders' variables, with the TCC settings of the transactions they coordinate (the
 * gateway's orders client waits on TCC_TIMEOUT_MS too).
 */
export const ORDERS_CONFIG = {
  ...TRANSACTIONS_CONFIG,
  // How placing an order stays consistent with the stock: tcc (Try/Confirm/Cancel, the default)
  // or message (the course's BASE alternative: OrderRequested through the outbox, inventory
  // deducts or rejects, a rejection cancels the order) or xa (two-phase commit over MariaDB/MySQL
  // XA transactions, one branch per database; refused on SQLite).
  ORDER_CONSISTENCY: z.enum(['tcc', 'message', 'xa']).default('tcc'),
  // The hot-SKU gate: per-SKU counts of available units in Redis (a Lua script takes an order's
  // units, all or none) so that buyers of a sold-out SKU are refused without a transaction.
  // off | redis. The inventory's guarded UPDATE still decides: the gate never oversells.
  HOT_SKU_GATE: z.enum(['off', 'redis']).default('off'),
  // How long a gate count lives before it is loaded again from the inventory (reconciliation).
  HOT_SKU_GATE_TTL_MS: configInteger(100, 600_000).default(2000),
  // Group commit of the monolith's one-phase order placements: the orders admitted within
  // ORDER_GROUP_COMMIT_MS of the first (at most ORDER_GROUP_COMMIT_MAX) go into one local
  // transaction, each in a savepoint, one COMMIT: a hot stock row is locked once a group, not
  // once a buyer. off | on; no effect where the branches are remote (the split keeps full TCC).
  ORDER_GROUP_COMMIT: z.enum(['off', 'on']).default('off'),
  ORDER_GROUP_COMMIT_MS: configInteger(0, 100).default(2),
  ORDER_GROUP_COMMIT_MAX: configInteger(1, 200).default(32),
  // Groups committing at once, each on a pooled connection (the pool has 10): the rest of the
  // pool stays for refusals, the recovery worker and the relay. Placements wait meanwhile and
  // make the next group bigger.
  ORDER_GROUP_COMMIT_IN_FLIGHT: configInteger(1, 8).default(2),
  // How long a CREATED order waits for its payment before it is CLOSED (its units go back, its
  // open payment is cancelled at the provider; money arriving later is refunded).
  ORDER_PAYMENT_TIMEOUT_MS: configInteger(1000, 7 * 24 * 3600_000).default(1_800_000),
  // How often the order service looks for orders unpaid past that time.
  ORDER_CLOSE_INTERVAL_MS: configInteger(100, 3_600_000).default(10_000),
  // How long after the carrier reports a parcel DELIVERED its order counts as RECEIVED when the
  // buyer has not confirmed it (the course's automatic receipt: 7 days).
  ORDER_AUTO_RECEIVE_AFTER_MS: configInteger(1000, 60 * 24 * 3600_000).default(7 * 24 * 3600_000),
  // How often the order service looks for delivered orders past that time.
  ORDER_AUTO_RECEIVE_INTERVAL_MS: configInteger(100, 3_600_000).default(60_000),
} satisfies ConfigFragment;

export type OrdersConfig = ConfigOf<typeof ORDERS_CONFIG>;
