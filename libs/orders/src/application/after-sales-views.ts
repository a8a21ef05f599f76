import type { AfterSalesKind, AfterSalesRequest, AfterSalesStatus } from '../domain/after-sales.js';

/** An after-sales request as the REST edge and the gRPC adapter answer it. */
export interface AfterSalesView {
  request_id: number;
  order_id: number;
  user_id: number;
  kind: AfterSalesKind;
  status: AfterSalesStatus;
  reason: string;
  /** The units it asks back (empty: the whole order, a request from before partial refunds). */
  lines: { sku_id: string; quantity: number }[];
  refund_cents: number;
  decision_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface AfterSalesPageView {
  requests: AfterSalesView[];
  total: number;
  page_num: number;
  page_size: number;
}

export function toAfterSalesView(request: AfterSalesRequest): AfterSalesView {
  const s = request.snapshot();
  return {
    request_id: s.requestId,
    order_id: s.orderId,
    user_id: s.userId,
    kind: s.kind,
    status: s.status,
    reason: s.reason,
    lines: (s.lines ?? []).map((l) => ({ sku_id: l.skuId, quantity: l.quantity })),
    refund_cents: s.refundCents,
    decision_reason: s.decisionReason,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}
