import type { AfterSales__Output } from '@nestmall/contracts/generated/nestmall/order/v1/AfterSales.js';
import type { AfterSalesList__Output } from '@nestmall/contracts/generated/nestmall/order/v1/AfterSalesList.js';
import type { AfterSalesPage__Output } from '@nestmall/contracts/generated/nestmall/order/v1/AfterSalesPage.js';
import type { AfterSalesServiceClient } from '@nestmall/contracts/generated/nestmall/order/v1/AfterSalesService.js';
import type { AuthenticatedUser, GrpcReplicaPool } from '@nestmall/platform';
import type { AfterSalesPageView, AfterSalesView } from '../application/after-sales-views.js';
import type { AfterSalesKind, AfterSalesStatus } from '../domain/after-sales.js';
import {
  AfterSalesClient,
  type AfterSalesDecisionInput,
  type AfterSalesRequestInput,
  type AfterSalesStaff,
} from './after-sales.client.js';

/**
 * AfterSalesClient over gRPC (nestmall.order.v1.AfterSalesService). Reads may be retried on
 * another replica, writes are sent once. Each call carries the caller's access token (the
 * buyer's, or the staff member's), which the order-service verifies itself.
 */
export class GrpcAfterSalesClient extends AfterSalesClient {
  constructor(private readonly pool: GrpcReplicaPool<AfterSalesServiceClient>) {
    super();
  }

  async request(
    caller: AuthenticatedUser,
    orderId: number,
    input: AfterSalesRequestInput,
  ): Promise<AfterSalesView> {
    return this.one(
      'RequestAfterSales',
      {
        order_id: orderId,
        kind: input.kind,
        reason: input.reason,
        lines: input.lines?.map((l) => ({ sku_id: l.skuId, quantity: l.quantity })) ?? [],
      },
      false,
      caller.accessToken,
    );
  }

  async listForOrder(caller: AuthenticatedUser, orderId: number): Promise<AfterSalesView[]> {
    const answer = await this.pool.unary<AfterSalesList__Output>(
      'ListOrderAfterSales',
      { order_id: orderId },
      true,
      undefined,
      caller.accessToken,
    );
    return answer.requests.map(toView);
  }

  decide(
    staff: AfterSalesStaff,
    requestId: number,
    input: AfterSalesDecisionInput,
  ): Promise<AfterSalesView> {
    return this.one(
      'DecideAfterSales',
      { request_id: requestId, ...input },
      false,
      staff.accessToken,
    );
  }

  receiveReturn(staff: AfterSalesStaff, requestId: number): Promise<AfterSalesView> {
    return this.one('ReceiveReturn', { request_id: requestId }, false, staff.accessToken);
  }

  async list(
    staff: AfterSalesStaff,
    status: string | null,
    pageNum?: number,
    pageSize?: number,
  ): Promise<AfterSalesPageView> {
    const answer = await this.pool.unary<AfterSalesPage__Output>(
      'ListAfterSales',
      { status: status ?? '', page_num: pageNum ?? 0, page_size: pageSize ?? 0 },
      true,
      undefined,
      staff.accessToken,
    );
    return {
      requests: answer.requests.map(toView),
      total: Number(answer.total),
      page_num: answer.page_num,
      page_size: answer.page_size,
    };
  }

  get(staff: AfterSalesStaff, requestId: number): Promise<AfterSalesView> {
    return this.one('GetAfterSales', { request_id: requestId }, true, staff.accessToken);
  }

  private async one(
    method: string,
    message: object,
    idempotent: boolean,
    accessToken: string,
  ): Promise<AfterSalesView> {
    return toView(
      await this.pool.unary<AfterSales__Output>(
        method,
        message,
        idempotent,
        undefined,
        accessToken,
      ),
    );
  }
}

function toView(m: AfterSales__Output): AfterSalesView {
  return {
    request_id: Number(m.request_id),
    order_id: Number(m.order_id),
    user_id: Number(m.user_id),
    kind: m.kind as AfterSalesKind,
    status: m.status as AfterSalesStatus,
    reason: m.reason,
    lines: m.lines.map((l) => ({ sku_id: l.sku_id, quantity: l.quantity })),
    refund_cents: Number(m.refund_cents),
    decision_reason: m.decision_reason ?? null,
    created_at: m.created_at,
    updated_at: m.updated_at,
  };
}
