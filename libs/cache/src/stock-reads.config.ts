import { z } from 'zod';
import type { ConfigFragment, ConfigOf } from '@nestmall/ports/platform';

/**
 * The CAP choice for stock and product reads that cross the network (the gateway reading the
 * inventory-service): cp answers 503 while the inventory is unreachable; ap answers from the last
 * known values, marked stale. In-process reads (the monolith) are always consistent.
 */
export const STOCK_READS_CONFIG = {
  STOCK_READS: z.enum(['cp', 'ap']).default('cp'),
} satisfies ConfigFragment;

export type StockReadsConfig = ConfigOf<typeof STOCK_READS_CONFIG>;
export type ReadMode = StockReadsConfig['STOCK_READS'];
