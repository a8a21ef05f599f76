import type { AuthenticatedUser } from '@nestmall/ports/platform';
import type { InvariantReport, TransactionView } from '../application/check-invariants.js';
import type { OrderPageView, OrderTimelineView, OrderView } from '../application/order-views.js';

export interface PlaceOrderRequest {
  items: { sku_id: string; quantity: number }[];
  idempotency_key?: string;
  /** One of the caller's addresses: the order keeps a copy. */
  address_id?: number;
  /** One of the user's claimed coupons. */
  coupon_id?: number;
}

/**
 * The port through which the REST edge reaches the orders context (in-process or gRPC). The
 * user's methods act for `caller`, the user whose access token the edge verified: the gRPC
 * adapter forwards that token, and the order-service takes the user from it.
 */
export abstract class OrdersClient {
  abstract placeOrder(caller: AuthenticatedUser, request: PlaceOrderRequest): Promise<OrderView>;
  abstract getOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView>;
  abstract getOrderTimeline(caller: AuthenticatedUser, orderId: number): Promise<OrderTimelineView>;
  abstract listOrders(
    caller: AuthenticatedUser,
    pageNum?: number,
    pageSize?: number,
  ): Promise<OrderPageView>;
  abstract cancelOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView>;
  /** The buyer confirms receipt of a SHIPPED order (RECEIVED). */
  abstract receiveOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView>;
  /** Staff ship a PAID order with a carrier shipment (the edge checked the order:ship permission). */
  abstract shipOrder(orderId: number): Promise<OrderView>;
  abstract checkInvariants(): Promise<InvariantReport>;
  abstract listTransactions(): Promise<TransactionView[]>;
  abstract retryTransaction(gid: string): Promise<TransactionView>;
}
