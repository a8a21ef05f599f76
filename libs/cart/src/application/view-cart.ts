import { Injectable } from '@nestjs/common';
import type { CartOwner } from '../domain/cart.js';
import { CartRepository } from '../domain/cart.repository.js';
import { CartPricing, type CartView } from './cart-views.js';

/** A cart with current prices and stock (an owner without one has an empty cart). */
@Injectable()
export class ViewCart {
  constructor(
    private readonly carts: CartRepository,
    private readonly pricing: CartPricing,
  ) {}

  async execute(owner: CartOwner): Promise<CartView> {
    return this.pricing.view(await this.carts.load(owner));
  }
}
