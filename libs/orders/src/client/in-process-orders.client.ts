import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@nestmall/platform';
import { CancelOrder } from '../application/cancel-order.js';
import {
  CheckInvariants,
  type InvariantReport,
  type TransactionView,
} from '../application/check-invariants.js';
import type { OrderPageView, OrderTimelineView, OrderView } from '../application/order-views.js';
import { PlaceOrder } from '../application/place-order.js';
import { ReadOrders } from '../application/read-orders.js';
import { ReceiveOrder } from '../application/receive-order.js';
import { ShipOrder } from '../application/ship-order.js';
import { StuckTransactions } from '../application/stuck-transactions.js';
import { OrdersClient, type PlaceOrderRequest } from './orders.client.js';

@Injectable()
export class InProcessOrdersClient extends OrdersClient {
  constructor(
    private readonly placeOrderCase: PlaceOrder,
    private readonly cancelOrderCase: CancelOrder,
    private readonly readOrders: ReadOrders,
    private readonly invariants: CheckInvariants,
    private readonly stuck: StuckTransactions,
    private readonly receive: ReceiveOrder,
    private readonly ship: ShipOrder,
  ) {
    super();
  }

  placeOrder(caller: AuthenticatedUser, request: PlaceOrderRequest): Promise<OrderView> {
    return this.placeOrderCase.execute({
      userId: caller.userId,
      items: request.items.map((i) => ({ skuId: i.sku_id, quantity: i.quantity })),
      idempotencyKey: request.idempotency_key,
      addressId: request.address_id,
      accessToken: caller.accessToken,
      couponId: request.coupon_id,
    });
  }

  getOrderTimeline(caller: AuthenticatedUser, orderId: number): Promise<OrderTimelineView> {
    return this.readOrders.timeline(caller.userId, orderId);
  }

  getOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView> {
    return this.readOrders.get(caller.userId, orderId);
  }

  listOrders(
    caller: AuthenticatedUser,
    pageNum?: number,
    pageSize?: number,
  ): Promise<OrderPageView> {
    return this.readOrders.list(caller.userId, pageNum, pageSize);
  }

  cancelOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView> {
    return this.cancelOrderCase.execute(caller.userId, orderId);
  }

  receiveOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView> {
    return this.receive.execute(caller.userId, orderId);
  }

  shipOrder(orderId: number): Promise<OrderView> {
    return this.ship.execute(orderId);
  }

  checkInvariants(): Promise<InvariantReport> {
    return this.invariants.execute();
  }

  listTransactions(): Promise<TransactionView[]> {
    return this.stuck.list();
  }

  retryTransaction(gid: string): Promise<TransactionView> {
    return this.stuck.retry(gid);
  }
}
