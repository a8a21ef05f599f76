import {
  OrdersClient,
  type PlaceOrderRequest,
} from '../../libs/orders/src/client/orders.client.js';
import type { OrderView } from '../../libs/orders/src/application/order-views.js';
import type { AuthenticatedUser } from '../../libs/platform/src/auth/access-tokens.js';

/**
 * The orders context as its callers see it: the cart's checkout places orders (recorded in
 * `placed`; `fail` refuses), the payment context reads them (`orders`: one per id, of one user).
 */
export class FakeOrdersClient extends OrdersClient {
  readonly placed: { userId: number; request: PlaceOrderRequest; order: OrderView }[] = [];
  fail?: Error;

  async placeOrder(caller: AuthenticatedUser, request: PlaceOrderRequest): Promise<OrderView> {
    if (this.fail) throw this.fail;
    const order = this.view(caller.userId, this.placed.length + 1, request);
    this.placed.push({ userId: caller.userId, request, order });
    return order;
  }

  readonly orders = new Map<number, Pick<OrderView, 'user_id' | 'status' | 'total_cents'>>();

  async getOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView> {
    const known = this.orders.get(orderId);
    if (known && known.user_id === caller.userId)
      return { order_id: orderId, ...known } as OrderView;
    const found = this.placed.find(
      (p) => p.order.order_id === orderId && p.userId === caller.userId,
    );
    if (!found) throw new Error(`order ${orderId} not found`);
    return found.order;
  }

  getOrderTimeline(): never {
    throw new Error("not used by this fake's callers (cart, payment)");
  }
  listOrders(): never {
    throw new Error("not used by this fake's callers (cart, payment)");
  }
  cancelOrder(): never {
    throw new Error("not used by this fake's callers (cart, payment)");
  }
  receiveOrder(): never {
    throw new Error("not used by this fake's callers (cart, payment)");
  }
  shipOrder(): never {
    throw new Error("not used by this fake's callers (cart, payment)");
  }
  checkInvariants(): never {
    throw new Error("not used by this fake's callers (cart, payment)");
  }
  listTransactions(): never {
    throw new Error("not used by this fake's callers (cart, payment)");
  }
  retryTransaction(): never {
    throw new Error("not used by this fake's callers (cart, payment)");
  }

  private view(userId: number, orderId: number, request: PlaceOrderRequest): OrderView {
    const now = new Date(0).toISOString();
    return {
      order_id: orderId,
      user_id: userId,
      status: 'CREATED',
      refund_status: 'NONE',
      items: request.items.map((i) => ({
        sku_id: i.sku_id,
        title: i.sku_id,
        quantity: i.quantity,
        unit_price_cents: 100,
        line_total_cents: 100 * i.quantity,
        refunded_quantity: 0,
        returned_quantity: 0,
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
