import { z } from 'zod';
import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';
import { TRANSACTIONS_CONFIG } from '@nestmall/ports/transactions';

/**
 * The cart's variables, with the TCC timeout its checkout waits on (it places the order through
 * the orders context's client, which waits up to 2 x TCC_TIMEOUT_MS).
 */
export const CART_CONFIG = {
  ...TRANSACTIONS_CONFIG,
  // Where carts live: database (the app's database, the monolith's default) or redis (a hash per
  // cart at REDIS_URL under REDIS_KEY_PREFIX, like eShop's basket: the cart-service's default).
  CART_STORE: z.enum(['database', 'redis']).default('database'),
  // How long a guest cart lives after its last change with CART_STORE=redis (the database keeps it).
  CART_GUEST_TTL_DAYS: configInteger(1, 365).default(30),
} satisfies ConfigFragment;

export type CartConfig = ConfigOf<typeof CART_CONFIG>;
