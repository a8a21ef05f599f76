import { ApiProperty } from '@nestjs/swagger';
import type { InvariantReport, TransactionView } from '../../../application/check-invariants.js';
import type { OrderItemView, OrderPageView, OrderView } from '../../../application/order-views.js';
import type { OrderStatus } from '../../../domain/order.js';

const STATUSES: OrderStatus[] = [
  'PENDING',
  'CREATED',
  'PAID',
  'SHIPPED',
  'RECEIVED',
  'CLOSED',
  'FAILED',
  'CANCELLED',
];

export class OrderItemResponse implements OrderItemView {
  @ApiProperty({ example: 'T00100' }) sku_id: string;
  @ApiProperty({ example: 'Demo product 1000, standard' }) title: string;
  @ApiProperty({ type: 'integer', example: 1 }) quantity: number;
  @ApiProperty({ type: 'integer', example: 1990, description: 'cents' }) unit_price_cents: number;
  @ApiProperty({ type: 'integer', example: 1990, description: 'cents' }) line_total_cents: number;
}

export class OrderResponse implements OrderView {
  @ApiProperty({ type: 'integer', example: 1 }) order_id: number;
  @ApiProperty({ type: 'integer', example: 1 }) user_id: number;
  @ApiProperty({
    enum: STATUSES,
    example: 'CREATED',
    description:
      'PENDING while being placed; CREATED = awaiting payment (PAID when the provider ' +
      'confirms it); FAILED = could not be placed; CLOSED = unpaid too long',
  })
  status: OrderStatus;
  @ApiProperty({ type: [OrderItemResponse] }) items: OrderItemResponse[];
  @ApiProperty({ type: 'integer', example: 1990, description: 'cents' }) subtotal_cents: number;
  @ApiProperty({
    type: 'integer',
    example: 1000,
    description: 'cents: free from a subtotal of 9900, else 1000',
  })
  shipping_cents: number;
  @ApiProperty({ type: 'integer', example: 2990, description: 'cents' }) total_cents: number;
  @ApiProperty({ type: String, nullable: true, example: null }) failure_reason: string | null;
  @ApiProperty({ example: '2026-11-25T07:00:00.000Z' }) created_at: string;
  @ApiProperty({ example: '2026-11-25T07:00:00.000Z' }) updated_at: string;
}

export class OrderPageResponse implements OrderPageView {
  @ApiProperty({ type: [OrderResponse] }) orders: OrderResponse[];
  @ApiProperty({ type: 'integer', example: 3 }) total: number;
  @ApiProperty({ type: 'integer', example: 1 }) page_num: number;
  @ApiProperty({ type: 'integer', example: 10 }) page_size: number;
}

export class TransactionResponse implements TransactionView {
  @ApiProperty() gid: string;
  @ApiProperty({ example: 'place-order' }) kind: string;
  @ApiProperty({ example: 'CONFIRMING' }) status: string;
  @ApiProperty({ type: 'integer', example: 3 }) attempts: number;
  @ApiProperty({ description: 'past TCC_MAX_ATTEMPTS: needs an operator' }) flagged: boolean;
  @ApiProperty({ type: String, nullable: true }) last_error: string | null;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
}

export class AwaitingStockResponse {
  @ApiProperty({ type: 'integer', example: 42 }) order_id: number;
  @ApiProperty() gid: string;
  @ApiProperty({ type: 'integer', example: 120, description: 'since the order was placed' })
  waiting_ms: number;
}

export class GateDriftResponse {
  @ApiProperty({ example: 'T00100' }) sku_id: string;
  @ApiProperty({ type: 'integer', example: 3, description: "the hot-SKU gate's count" })
  gate: number;
  @ApiProperty({ type: 'integer', example: 5, description: "the inventory's available" })
  available: number;
}

export class InvariantReportResponse implements InvariantReport {
  @ApiProperty({
    description: 'no problem, no unfinished global transaction, no order awaiting its stock',
  })
  ok: boolean;
  @ApiProperty({ type: 'integer' }) skus_checked: number;
  @ApiProperty({ type: 'integer' }) orders_checked: number;
  @ApiProperty({ type: [String] }) problems: string[];
  @ApiProperty({ type: [TransactionResponse] }) unfinished_transactions: TransactionResponse[];
  @ApiProperty({
    type: [AwaitingStockResponse],
    description: 'orders placed as a two-phase message (ORDER_CONSISTENCY=message) still PENDING',
  })
  awaiting_stock: AwaitingStockResponse[];
  @ApiProperty({
    type: [GateDriftResponse],
    description:
      'HOT_SKU_GATE=redis: counts that differed from the inventory on a quiet system, dropped so the next order reloads them',
  })
  gate_reconciled: GateDriftResponse[];
}
