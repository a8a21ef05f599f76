import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import {
  CartChangedConcurrentlyError,
  ownerKey,
  type Cart,
  type CartOwner,
} from '../domain/cart.js';
import { CartRepository } from '../domain/cart.repository.js';

/** Tries before a change gives up (409); each waits a little longer, at random. */
const MAX_TRIES = 100;

/**
 * Load, change, save guarded on the version read: when another request (another device) saved
 * the cart in between, the change is made again on what that one saved, so concurrent adds add
 * up and none is lost. The change itself is the Cart's method, whose rules decide.
 * Changes to one cart in this process also wait for each other, so they do not race at all:
 * the guard then only has to settle races between processes (replicas), which are rare.
 */
@Injectable()
export class CartChanges {
  /** The last change queued per cart (by owner key) in this process. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly carts: CartRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  apply<T>(owner: CartOwner, change: (cart: Cart) => T): Promise<{ cart: Cart; result: T }> {
    const key = ownerKey(owner);
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.applyGuarded(owner, change));
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }

  private async applyGuarded<T>(
    owner: CartOwner,
    change: (cart: Cart) => T,
  ): Promise<{ cart: Cart; result: T }> {
    for (let tries = 1; ; tries++) {
      const cart = await this.carts.load(owner);
      const result = change(cart);
      try {
        await this.unitOfWork.run(() => this.carts.save(cart));
        return { cart, result };
      } catch (error) {
        if (!(error instanceof CartChangedConcurrentlyError) || tries >= MAX_TRIES) throw error;
        await pause(Math.random() * Math.min(2 ** tries, 50));
      }
    }
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
