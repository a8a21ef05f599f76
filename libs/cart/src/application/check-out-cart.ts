import { Injectable } from '@nestjs/common';
import { OrdersClient, type OrderView } from '@nestmall/ports/orders';
import type { AuthenticatedUser } from '@nestmall/ports/platform';
import { checkPricesAccepted, type Cart } from '../domain/cart.js';
import { CartRepository } from '../domain/cart.repository.js';
import { CartChanges } from './cart-changes.js';
import { CartPricing, type CartView } from './cart-views.js';

export interface CheckOutInput {
  /** The buyer (from the access token): the order is placed for them, with their token. */
  caller: AuthenticatedUser;
  /** The lines to order; none: every line. */
  skuIds?: string[];
  /** Passed through to place-order (the buyer's shipping address). */
  addressId?: number;
  /** Passed through to place-order (one of the buyer's claimed coupons). */
  couponId?: number;
  /** Passed through to place-order: the same key again answers the first order. */
  idempotencyKey?: string;
  /** Order at the current prices even where they changed since a line was added. */
  acceptPriceChanges?: boolean;
}

export interface CheckOutView {
  order: { order_id: number; status: string; total_cents: number };
  cart: CartView;
}

/**
 * The cart's lines (or a selection) become an order through the orders context's place-order,
 * the same path as POST /orders. The ordered units leave the cart only once the order is placed
 * (CREATED; PENDING with ORDER_CONSISTENCY=message, where the order settles later): a refusal
 * (a SKU sold out meanwhile, 409 naming it) leaves the cart as it was.
 */
@Injectable()
export class CheckOutCart {
  constructor(
    private readonly carts: CartRepository,
    private readonly changes: CartChanges,
    private readonly pricing: CartPricing,
    private readonly orders: OrdersClient,
  ) {}

  async execute(input: CheckOutInput): Promise<CheckOutView> {
    const owner = { kind: 'user', userId: input.caller.userId } as const;
    const key = input.idempotencyKey ?? null;
    const loaded = await this.carts.load(owner);
    const earlier = key === null ? undefined : loaded.orderCheckedOutWith(key);
    if (earlier !== undefined) {
      // A replay (the first answer was lost): that order again; its lines already left the cart.
      const order = await this.orders.getOrder(input.caller, earlier);
      return this.answer(order, loaded);
    }
    const lines = loaded.select(input.skuIds);
    const skus = await this.pricing.currentSkus(lines.map((l) => l.skuId));
    checkPricesAccepted(
      lines,
      (skuId) => skus.get(skuId)?.price_cents,
      input.acceptPriceChanges ?? false,
    );
    const items = lines.map((l) => ({ sku_id: l.skuId, quantity: l.quantity }));
    const order = await this.orders.placeOrder(input.caller, {
      items,
      idempotency_key: input.idempotencyKey,
      ...(input.addressId === undefined ? {} : { address_id: input.addressId }),
      ...(input.couponId === undefined ? {} : { coupon_id: input.couponId }),
    });
    const cart =
      order.status === 'FAILED'
        ? await this.carts.load(owner)
        : (await this.changes.apply(owner, (c) => c.checkedOut(order.order_id, lines, key))).cart;
    return this.answer(order, cart);
  }

  private async answer(order: OrderView, cart: Cart): Promise<CheckOutView> {
    return {
      order: { order_id: order.order_id, status: order.status, total_cents: order.total_cents },
      cart: await this.pricing.view(cart),
    };
  }
}
