import {
  InvalidArgumentError,
  UnauthenticatedError,
  type AuthenticatedUser,
} from '@nestmall/platform';
import { GUEST_CART_ID_PATTERN, type CartOwner } from '../domain/cart.js';

/**
 * Who calls: a buyer (the access token's user, whose cart it is whatever cart id comes along)
 * or a guest holding a cart id.
 */
export interface CartCaller {
  user?: AuthenticatedUser;
  guestCartId?: string;
}

/** The caller's cart; null when a guest has none yet (the first add makes one). */
export function ownerOrNew(caller: CartCaller): CartOwner | null {
  if (caller.user) return { kind: 'user', userId: caller.user.userId };
  if (!caller.guestCartId) return null;
  return { kind: 'guest', cartId: guestCartId(caller.guestCartId) };
}

/** @throws UnauthenticatedError with neither an access token nor a guest cart id */
export function ownerOf(caller: CartCaller): CartOwner {
  const owner = ownerOrNew(caller);
  if (!owner)
    throw new UnauthenticatedError(
      'a cart needs an access token (Authorization: Bearer) or a guest cart id (X-Cart-Id)',
    );
  return owner;
}

/** @throws InvalidArgumentError unless `id` looks like a guest cart id */
export function guestCartId(id: string): string {
  if (!GUEST_CART_ID_PATTERN.test(id))
    throw new InvalidArgumentError('the guest cart id (X-Cart-Id) must be 24 of A-Z a-z 0-9 _ -');
  return id;
}
