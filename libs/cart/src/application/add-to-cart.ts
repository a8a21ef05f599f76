import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnknownSkuError } from '@nestmall/ports/catalog';
import { ConflictError } from '@nestmall/ports/platform';
import { checkCartLine, type CartOwner } from '../domain/cart.js';
import { CART_LIMITS } from './cart-limits.js';
import { CartChanges } from './cart-changes.js';
import { CartPricing, type CartView } from './cart-views.js';

export interface AddToCartInput {
  /** Whose cart; none: a new guest cart (its id comes back as cart_id). */
  owner: CartOwner | null;
  skuId: string;
  quantity: number;
}

/** Puts units of a SKU in a cart at the catalog's price now; a SKU off shelf cannot be added. */
@Injectable()
export class AddToCart {
  constructor(
    private readonly changes: CartChanges,
    private readonly pricing: CartPricing,
  ) {}

  async execute(input: AddToCartInput): Promise<CartView> {
    checkCartLine(input.skuId, input.quantity, CART_LIMITS); // before asking the catalog
    const owner = input.owner ?? newGuestCart();
    const sku = (await this.pricing.currentSkus([input.skuId])).get(input.skuId);
    if (!sku) throw new UnknownSkuError(input.skuId);
    if (!sku.on_shelf) throw new ConflictError(`sku ${input.skuId} is off shelf`);
    const { cart } = await this.changes.apply(owner, (c) =>
      c.add(input.skuId, input.quantity, sku.price_cents, new Date()),
    );
    return this.pricing.view(cart);
  }
}

/** An opaque random guest cart id: 18 random bytes, base64url (24 characters). */
function newGuestCart(): CartOwner {
  return { kind: 'guest', cartId: randomBytes(18).toString('base64url') };
}
