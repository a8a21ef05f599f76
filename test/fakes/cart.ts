import {
  Cart,
  CartChangedConcurrentlyError,
  ownerKey,
  type CartOwner,
  type CartSnapshot,
} from '../../libs/cart/src/domain/cart.js';
import { CartRepository } from '../../libs/cart/src/domain/cart.repository.js';
import { CART_LIMITS } from '../../libs/cart/src/application/cart-limits.js';

/**
 * Carts in a Map with the stores' version guard. `beforeSave` runs before each save is checked
 * (a spec makes another device's save land there, once or more).
 */
export class InMemoryCarts extends CartRepository {
  readonly saved = new Map<string, CartSnapshot>();
  beforeSave?: () => Promise<void>;
  saves = 0;

  async load(owner: CartOwner): Promise<Cart> {
    const s = this.saved.get(ownerKey(owner));
    return s ? Cart.restore(s, CART_LIMITS) : Cart.empty(owner, CART_LIMITS);
  }

  async save(cart: Cart): Promise<void> {
    const hook = this.beforeSave;
    this.beforeSave = undefined;
    await hook?.();
    const s = cart.snapshot();
    const key = ownerKey(s.owner);
    if ((this.saved.get(key)?.version ?? 0) !== s.version) throw new CartChangedConcurrentlyError();
    this.saved.set(key, { ...s, version: s.version + 1 });
    this.saves++;
  }

  async delete(owner: CartOwner): Promise<void> {
    this.saved.delete(ownerKey(owner));
  }
}
