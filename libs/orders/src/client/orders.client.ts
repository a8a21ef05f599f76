import type { InvariantReport, TransactionView } from '../application/check-invariants.js';
import type { OrderPageView, OrderView } from '../application/order-views.js';

export interface PlaceOrderRequest {
  user_id: number;
  items: { sku_id: string; quantity: number }[];
  idempotency_key?: string;
}

/** The port through which the REST edge reaches the orders context (in-process or gRPC). */
export abstract class OrdersClient {
  abstract placeOrder(request: PlaceOrderRequest): Promise<OrderView>;
  abstract getOrder(userId: number, orderId: number): Promise<OrderView>;
  abstract listOrders(userId: number, pageNum?: number, pageSize?: number): Promise<OrderPageView>;
  abstract cancelOrder(userId: number, orderId: number): Promise<OrderView>;
  abstract payOrder(userId: number, orderId: number): Promise<OrderView>;
  abstract checkInvariants(): Promise<InvariantReport>;
  abstract listTransactions(): Promise<TransactionView[]>;
  abstract retryTransaction(gid: string): Promise<TransactionView>;
}
