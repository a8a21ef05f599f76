import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import type {
  ListOrdersRequest__Output,
  OrderRef__Output,
  PlaceOrderRequest__Output,
  RetryTransactionRequest__Output,
} from '@nestmall/contracts';
import { CallableBy, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { CancelOrder } from '../../application/cancel-order.js';
import {
  CheckInvariants,
  type InvariantReport,
  type TransactionView,
} from '../../application/check-invariants.js';
import type { OrderPageView, OrderTimelineView, OrderView } from '../../application/order-views.js';
import { PlaceOrder } from '../../application/place-order.js';
import { ReadOrders } from '../../application/read-orders.js';
import { ReceiveOrder } from '../../application/receive-order.js';
import { ShipOrder } from '../../application/ship-order.js';
import { StuckTransactions } from '../../application/stuck-transactions.js';

const SERVICE = 'nestmall.order.v1.OrderService';

/**
 * nestmall.order.v1.OrderService: a thin adapter over the use cases. The user's methods verify
 * the access token in the call's `authorization` metadata (JwtAuthGuard) and act for its user;
 * no user id is taken from the message.
 */
@Controller()
export class OrdersGrpcController {
  constructor(
    private readonly placeOrder: PlaceOrder,
    private readonly cancelOrder: CancelOrder,
    private readonly readOrders: ReadOrders,
    private readonly invariants: CheckInvariants,
    private readonly stuck: StuckTransactions,
    private readonly receiveOrder: ReceiveOrder,
    private readonly shipOrder: ShipOrder,
  ) {}

  @GrpcMethod(SERVICE, 'PlaceOrder')
  @UseGuards(JwtAuthGuard)
  place(
    @Payload() request: PlaceOrderRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrderView> {
    return this.placeOrder.execute({
      userId: user.userId,
      items: request.items.map((i) => ({ skuId: i.sku_id, quantity: i.quantity })),
      idempotencyKey: request.idempotency_key || undefined,
      addressId: Number(request.address_id) || undefined,
      accessToken: user.accessToken,
      couponId: request.coupon_id || undefined,
    });
  }

  @GrpcMethod(SERVICE, 'GetOrderTimeline')
  @UseGuards(JwtAuthGuard)
  timeline(
    @Payload() request: OrderRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrderTimelineView> {
    return this.readOrders.timeline(user.userId, request.order_id);
  }

  @GrpcMethod(SERVICE, 'GetOrder')
  @UseGuards(JwtAuthGuard)
  get(
    @Payload() request: OrderRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrderView> {
    return this.readOrders.get(user.userId, request.order_id);
  }

  @GrpcMethod(SERVICE, 'ListOrders')
  @UseGuards(JwtAuthGuard)
  list(
    @Payload() request: ListOrdersRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrderPageView> {
    return this.readOrders.list(user.userId, request.page_num || 1, request.page_size || 10);
  }

  @GrpcMethod(SERVICE, 'CancelOrder')
  @UseGuards(JwtAuthGuard)
  cancel(
    @Payload() request: OrderRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrderView> {
    return this.cancelOrder.execute(user.userId, request.order_id);
  }

  @GrpcMethod(SERVICE, 'ReceiveOrder')
  @UseGuards(JwtAuthGuard)
  receive(
    @Payload() request: OrderRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OrderView> {
    return this.receiveOrder.execute(user.userId, request.order_id);
  }

  @GrpcMethod(SERVICE, 'ShipOrder')
  @CallableBy('gateway')
  ship(@Payload() request: OrderRef__Output): Promise<OrderView> {
    return this.shipOrder.execute(request.order_id);
  }

  @GrpcMethod(SERVICE, 'CheckInvariants')
  @CallableBy('gateway')
  async check(): Promise<object> {
    const report: InvariantReport = await this.invariants.execute();
    return {
      ...report,
      in_doubt_branches: report.in_doubt_branches.map((b) => ({
        ...b,
        decision: b.decision ?? '',
      })),
    };
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
