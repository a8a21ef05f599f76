import { Injectable } from '@nestjs/common';
import type { MergeOutcome } from '../domain/cart.js';
import { CartRepository } from '../domain/cart.repository.js';
import { CartChanges } from './cart-changes.js';
import { CartPricing, type CartView } from './cart-views.js';

export interface MergedCartView extends CartView {
  merge: MergeOutcome;
}

/**
 * A guest cart into the buyer's (after logging in): quantities of a SKU in both are added,
 * capped; the guest cart is deleted. An unknown or empty guest cart merges nothing.
 */
@Injectable()
export class MergeGuestCart {
  constructor(
    private readonly carts: CartRepository,
    private readonly changes: CartChanges,
    private readonly pricing: CartPricing,
  ) {}

  async execute(userId: number, guestCartId: string): Promise<MergedCartView> {
    const guestOwner = { kind: 'guest', cartId: guestCartId } as const;
    const guest = await this.carts.load(guestOwner);
    const { cart, result } = await this.changes.apply({ kind: 'user', userId }, (c) =>
      c.absorb(guest),
    );
    // After the buyer's cart is saved: a crash in between leaves the guest cart to merge again
    // (its units would then count twice), never a lost one.
    if (guest.version > 0) await this.carts.delete(guestOwner);
    return { ...(await this.pricing.view(cart)), merge: result };
  }
}
