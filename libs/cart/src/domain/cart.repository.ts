import type { Cart, CartOwner } from './cart.js';

/**
 * Where carts live: the database (CART_STORE=database) or Redis (CART_STORE=redis). It loads and
 * saves; the Cart decides.
 */
export abstract class CartRepository {
  /** The owner's cart, empty (version 0) when it has none. */
  abstract load(owner: CartOwner): Promise<Cart>;
  /**
   * Saves the cart if nobody saved it since it was loaded (its version), and counts the version up.
   * @throws CartChangedConcurrentlyError
   */
  abstract save(cart: Cart): Promise<void>;
  /** Deletes the owner's cart (a merged guest cart). */
  abstract delete(owner: CartOwner): Promise<void>;
}
