import type {
  InvariantReportMessage__Output,
  ListOrdersResponse__Output,
  ListTransactionsResponse__Output,
  OrderMessage__Output,
  OrderServiceClient,
  TransactionMessage__Output,
} from '@nestmall/contracts';
import type { OrderTimeline__Output } from '@nestmall/contracts/generated/nestmall/order/v1/OrderTimeline.js';
import type { AuthenticatedUser, GrpcReplicaPool } from '@nestmall/platform';
import type { InDoubtBranch } from '@nestmall/ports/transactions';
import type { InvariantReport, TransactionView } from '../application/check-invariants.js';
import type { OrderPageView, OrderTimelineView, OrderView } from '../application/order-views.js';
import type { OrderStatus, RefundStatus } from '../domain/order.js';
import type { DiscountKind } from '../domain/pricing.js';
import { OrdersClient, type PlaceOrderRequest } from './orders.client.js';

/**
 * OrdersClient over gRPC. Reads may be retried on another replica; placing and cancelling are
 * sent once (placing is made repeatable by the caller's Idempotency-Key, not by the transport).
 * Each user's call carries the caller's access token; the order-service takes the user from it.
 */
export class GrpcOrdersClient extends OrdersClient {
  /** @param writeDeadlineMs for placing and cancelling, which wait on a global transaction. */
  constructor(
    private readonly pool: GrpcReplicaPool<OrderServiceClient>,
    private readonly writeDeadlineMs: number,
  ) {
    super();
  }

  placeOrder(caller: AuthenticatedUser, request: PlaceOrderRequest): Promise<OrderView> {
    const message = {
      items: request.items,
      idempotency_key: request.idempotency_key ?? '',
      address_id: request.address_id ?? 0,
      coupon_id: request.coupon_id ?? 0,
    };
    return this.order(caller, 'PlaceOrder', message, false, this.writeDeadlineMs);
  }

  getOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView> {
    return this.order(caller, 'GetOrder', { order_id: orderId }, true);
  }

  async getOrderTimeline(caller: AuthenticatedUser, orderId: number): Promise<OrderTimelineView> {
    const answer = await this.pool.unary<OrderTimeline__Output>(
      'GetOrderTimeline',
      { order_id: orderId },
      true,
      undefined,
      caller.accessToken,
    );
    return {
      order_id: Number(answer.order_id),
      entries: answer.entries.map((e) => ({
        kind: e.kind,
        status: (e.status ?? null) as OrderStatus | null,
        cause: e.cause,
        detail: e.detail ?? null,
        at: e.at,
      })),
    };
  }

  async listOrders(
    caller: AuthenticatedUser,
    pageNum?: number,
    pageSize?: number,
  ): Promise<OrderPageView> {
    const answer = await this.pool.unary<ListOrdersResponse__Output>(
      'ListOrders',
      { page_num: pageNum ?? 0, page_size: pageSize ?? 0 },
      true,
      undefined,
      caller.accessToken,
    );
    return {
      orders: answer.orders.map(toOrderView),
      total: answer.total,
      page_num: answer.page_num,
      page_size: answer.page_size,
    };
  }

  cancelOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView> {
    return this.order(caller, 'CancelOrder', { order_id: orderId }, false, this.writeDeadlineMs);
  }

  receiveOrder(caller: AuthenticatedUser, orderId: number): Promise<OrderView> {
    return this.order(caller, 'ReceiveOrder', { order_id: orderId }, false, this.writeDeadlineMs);
  }

  /** Sent once: the carrier call behind it has its own retries (with an idempotency key). */
  async shipOrder(orderId: number): Promise<OrderView> {
    return toOrderView(
      await this.pool.unary<OrderMessage__Output>(
        'ShipOrder',
        { order_id: orderId },
        false,
        this.writeDeadlineMs,
      ),
    );
  }

  async checkInvariants(): Promise<InvariantReport> {
    const r = await this.pool.unary<InvariantReportMessage__Output>('CheckInvariants', {}, true);
    return {
      ok: r.ok,
      skus_checked: r.skus_checked,
      orders_checked: r.orders_checked,
      problems: r.problems,
      unfinished_transactions: r.unfinished_transactions.map(toTransactionView),
      awaiting_stock: r.awaiting_stock.map((a) => ({
        order_id: Number(a.order_id),
        gid: a.gid,
        waiting_ms: Number(a.waiting_ms),
      })),
      gate_reconciled: r.gate_reconciled.map((d) => ({
        sku_id: d.sku_id,
        gate: Number(d.gate),
        available: Number(d.available),
      })),
      in_doubt_branches: (r.in_doubt_branches ?? []).map((b) => ({
        participant: b.participant,
        gid: b.gid,
        decision: (b.decision || null) as InDoubtBranch['decision'],
      })),
    };
  }

  async listTransactions(): Promise<TransactionView[]> {
    const answer = await this.pool.unary<ListTransactionsResponse__Output>(
      'ListTransactions',
      {},
      true,
    );
    return answer.transactions.map(toTransactionView);
  }

  async retryTransaction(gid: string): Promise<TransactionView> {
    return toTransactionView(
      await this.pool.unary<TransactionMessage__Output>('RetryTransaction', { gid }, false),
    );
  }

  /** A user's call answered with one order, made with the caller's access token. */
  private async order(
    caller: AuthenticatedUser,
    method: string,
    message: object,
    idempotent: boolean,
    deadlineMs?: number,
  ): Promise<OrderView> {
    return toOrderView(
      await this.pool.unary<OrderMessage__Output>(
        method,
        message,
        idempotent,
        deadlineMs,
        caller.accessToken,
      ),
    );
  }
}

/** The message as the view the REST edge answers, field for field (proto3 optional -> null). */
function toOrderView(m: OrderMessage__Output): OrderView {
  return {
    order_id: m.order_id,
    user_id: m.user_id,
    status: m.status as OrderStatus,
    refund_status: (m.refund_status || 'NONE') as RefundStatus,
    items: m.items.map((i) => ({
      sku_id: i.sku_id,
      title: i.title,
      quantity: i.quantity,
      unit_price_cents: i.unit_price_cents,
      line_total_cents: i.line_total_cents,
      refunded_quantity: i.refunded_quantity,
      returned_quantity: i.returned_quantity,
    })),
    subtotal_cents: m.subtotal_cents,
    discounts: m.discounts.map((d) => ({
      kind: d.kind as DiscountKind,
      source_id: d.source_id,
      label: d.label,
      sku_id: d.sku_id ?? null,
      amount_cents: d.amount_cents,
    })),
    discount_cents: m.discount_cents,
    coupon_id: m.coupon_id ?? null,
    shipping_cents: m.shipping_cents,
    total_cents: m.total_cents,
    failure_reason: m.failure_reason ?? null,
    created_at: m.created_at,
    updated_at: m.updated_at,
    ...(m.shipping_address
      ? {
          shipping_address: {
            address_id: Number(m.shipping_address.address_id),
            recipient: m.shipping_address.recipient,
            mobile: m.shipping_address.mobile,
            province: m.shipping_address.province,
            city: m.shipping_address.city,
            district: m.shipping_address.district,
            street: m.shipping_address.street,
            postal_code: m.shipping_address.postal_code ?? null,
          },
        }
      : {}),
  };
}

function toTransactionView(m: TransactionMessage__Output): TransactionView {
  return {
    gid: m.gid,
    kind: m.kind,
    status: m.status,
    attempts: m.attempts,
    flagged: m.flagged,
    last_error: m.last_error ?? null,
    created_at: m.created_at,
    updated_at: m.updated_at,
  };
}
