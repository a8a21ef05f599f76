import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  ListOrdersRequest__Output,
  OrderRef__Output,
  PlaceOrderRequest__Output,
  RetryTransactionRequest__Output,
} from '@nestmall/contracts';
import { CallableBy } from '@nestmall/platform';
import { CancelOrder } from '../../application/cancel-order.js';
import {
  CheckInvariants,
  type InvariantReport,
  type TransactionView,
} from '../../application/check-invariants.js';
import type { OrderPageView, OrderView } from '../../application/order-views.js';
import { PayOrder } from '../../application/pay-order.js';
import { PlaceOrder } from '../../application/place-order.js';
import { ReadOrders } from '../../application/read-orders.js';
import { StuckTransactions } from '../../application/stuck-transactions.js';

const SERVICE = 'nestmall.order.v1.OrderService';

/**
 * nestmall.order.v1.OrderService: a thin adapter over the use cases. The REST edge (gateway)
 * authenticates the user; the user id arrives in the request.
 */
@Controller()
export class OrdersGrpcController {
  constructor(
    private readonly placeOrder: PlaceOrder,
    private readonly cancelOrder: CancelOrder,
    private readonly payOrder: PayOrder,
    private readonly readOrders: ReadOrders,
    private readonly invariants: CheckInvariants,
    private readonly stuck: StuckTransactions,
  ) {}

  @GrpcMethod(SERVICE, 'PlaceOrder')
  place(request: PlaceOrderRequest__Output): Promise<OrderView> {
    return this.placeOrder.execute({
      userId: request.user_id,
      items: request.items.map((i) => ({ skuId: i.sku_id, quantity: i.quantity })),
      idempotencyKey: request.idempotency_key || undefined,
    });
  }

  @GrpcMethod(SERVICE, 'GetOrder')
  get(request: OrderRef__Output): Promise<OrderView> {
    return this.readOrders.get(request.user_id, request.order_id);
  }

  @GrpcMethod(SERVICE, 'ListOrders')
  list(request: ListOrdersRequest__Output): Promise<OrderPageView> {
    return this.readOrders.list(request.user_id, request.page_num || 1, request.page_size || 10);
  }

  @GrpcMethod(SERVICE, 'CancelOrder')
  cancel(request: OrderRef__Output): Promise<OrderView> {
    return this.cancelOrder.execute(request.user_id, request.order_id);
  }

  @GrpcMethod(SERVICE, 'PayOrder')
  pay(request: OrderRef__Output): Promise<OrderView> {
    return this.payOrder.execute(request.user_id, request.order_id);
  }

  @GrpcMethod(SERVICE, 'CheckInvariants')
  @CallableBy('gateway')
  check(): Promise<InvariantReport> {
    return this.invariants.execute();
  }

  @GrpcMethod(SERVICE, 'ListTransactions')
  @CallableBy('gateway')
  async transactions(): Promise<{ transactions: TransactionView[] }> {
    return { transactions: await this.stuck.list() };
  }

  @GrpcMethod(SERVICE, 'RetryTransaction')
  @CallableBy('gateway')
  retry(request: RetryTransactionRequest__Output): Promise<TransactionView> {
    return this.stuck.retry(request.gid);
  }
}
