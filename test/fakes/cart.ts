import {
  Cart,
  CartChangedConcurrentlyError,
  ownerKey,
  type CartOwner,
  type CartSnapshot,
} from '../../libs/cart/src/domain/cart.js';
import { CartRepository } from '../../libs/cart/src/domain/cart.repository.js';
import { CART_LIMITS } from '../../libs/cart/src/application/cart-limits.js';
import {
  OrdersClient,
  type PlaceOrderRequest,
} from '../../libs/orders/src/client/orders.client.js';
import type { OrderView } from '../../libs/orders/src/application/order-views.js';
import type { AuthenticatedUser } from '../../libs/platform/src/auth/access-tokens.js';

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

/** The orders context as the cart's checkout calls it: records each order; `fail` refuses. */
export class FakeOrdersClient extends OrdersClient {
  readonly placed: { userId: number; request: PlaceOrderRequest; order: OrderView }[] = [];
  fail?: Error;

  async placeOrder(caller: AuthenticatedUser, request: PlaceOrderRequest): Promise<OrderView> {
    if (this.fail) throw this.fail;
    const order = this.view(caller.userId, this.placed.length + 1, request);
    this.placed.push({ userId: caller.userId, request, order });
    return order;
  }

  async getOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView> {
    const found = this.placed.find(
      (p) => p.order.order_id === orderId && p.userId === caller.userId,
    );
    if (!found) throw new Error(`order ${orderId} not found`);
    return found.order;
  }

  getOrderTimeline(): never {
    throw new Error('not used by the cart');
  }
  listOrders(): never {
    throw new Error('not used by the cart');
  }
  cancelOrder(): never {
    throw new Error('not used by the cart');
  }
  payOrder(): never {
    throw new Error('not used by the cart');
  }
  checkInvariants(): never {
    throw new Error('not used by the cart');
  }
  listTransactions(): never {
    throw new Error('not used by the cart');
  }
  retryTransaction(): never {
    throw new Error('not used by the cart');
  }

  private view(userId: number, orderId: number, request: PlaceOrderRequest): OrderView {
    const now = new Date(0).toISOString();
    return {
      order_id: orderId,
      user_id: userId,
      status: 'CREATED',
      items: request.items.map((i) => ({
        sku_id: i.sku_id,
        title: i.sku_id,
        quantity: i.quantity,
        unit_price_cents: 100,
        line_total_cents: 100 * i.quantity,
      })),
      subtotal_cents: request.items.reduce((n, i) => n + 100 * i.quantity, 0),
      shipping_cents: 0,
      total_cents: request.items.reduce((n, i) => n + 100 * i.quantity, 0),
      discount_cents: 0,
      discounts: [],
      coupon_id: null,
      failure_reason: null,
      created_at: now,
      updated_at: now,
    };
  }
}
