import { Injectable } from '@nestjs/common';
import { CartLineNotFoundError, type CartOwner } from '../domain/cart.js';
import { CartChanges } from './cart-changes.js';
import { CartPricing, type CartView } from './cart-views.js';

/** Sets the quantity of a line, or removes it (no cart at all: no such line either). */
@Injectable()
export class ChangeCartLine {
  constructor(
    private readonly changes: CartChanges,
    private readonly pricing: CartPricing,
  ) {}

  async changeQuantity(
    owner: CartOwner | null,
    skuId: string,
    quantity: number,
  ): Promise<CartView> {
    if (!owner) throw new CartLineNotFoundError(skuId);
    const { cart } = await this.changes.apply(owner, (c) => c.changeQuantity(skuId, quantity));
    return this.pricing.view(cart);
  }

  async remove(owner: CartOwner | null, skuId: string): Promise<CartView> {
    if (!owner) throw new CartLineNotFoundError(skuId);
    const { cart } = await this.changes.apply(owner, (c) => c.remove(skuId));
    return this.pricing.view(cart);
  }
}
