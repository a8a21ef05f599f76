import { Injectable } from '@nestjs/common';
import type { CartOwner } from '../domain/cart.js';
import { CartRepository } from '../domain/cart.repository.js';
import { CartPricing, type CartView } from './cart-views.js';

/** A cart with current prices and stock (an owner without one, or no owner, has an empty cart). */
@Injectable()
export class ViewCart {
  constructor(
    private readonly carts: CartRepository,
    private readonly pricing: CartPricing,
  ) {}

  async execute(owner: CartOwner | null): Promise<CartView> {
    if (!owner)
      return {
        cart_id: null,
        lines: [],
        total_quantity: 0,
        subtotal_cents: 0,
        price_changed: false,
      };
    return this.pricing.view(await this.carts.load(owner));
  }
}
