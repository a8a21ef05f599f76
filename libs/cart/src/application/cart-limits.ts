import { MAX_ITEMS, MAX_QUANTITY } from '@nestmall/ports/orders';
import type { CartLimits } from '../domain/cart.js';

/**
 * A cart checks out into one order, so it takes the order's limits (one definition each, in the
 * orders context): a cart that fits is an order that fits.
 */
export const CART_LIMITS: CartLimits = { maxLines: MAX_ITEMS, maxQuantity: MAX_QUANTITY };
