import { InvalidArgumentError, type AuthenticatedUser } from '@nestmall/ports/platform';
import { GUEST_CART_ID_PATTERN, type CartOwner } from '../domain/cart.js';

/**
 * Who calls: a buyer (the access token's user, whose cart it is whatever cart id comes along)
 * or a guest holding a cart id.
 */
export interface CartCaller {
  user?: AuthenticatedUser;
  guestCartId?: string;
}

/**
 * The caller's cart; null for a guest without a cart id, who has none yet (an empty cart: the
 * first add makes one).
 */
export function ownerOrNew(caller: CartCaller): CartOwner | null {
  if (caller.user) return { kind: 'user', userId: caller.user.userId };
  if (!caller.guestCartId) return null;
  return { kind: 'guest', cartId: guestCartId(caller.guestCartId) };
}

/** @throws InvalidArgumentError unless `id` looks like a guest cart id */
export function guestCartId(id: string): string {
  if (!GUEST_CART_ID_PATTERN.test(id))
    throw new InvalidArgumentError('the guest cart id (X-Cart-Id) must be 24 of A-Z a-z 0-9 _ -');
  return id;
}
