import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InDoubtBranch } from '@nestmall/ports/transactions';
import type { InvariantReport, TransactionView } from '../../../application/check-invariants.js';
import type {
  OrderDiscountView,
  OrderItemView,
  OrderPageView,
  OrderTimelineView,
  OrderView,
  ShippingAddressView,
  TimelineEntryView,
} from '../../../application/order-views.js';
import type { OrderStatus, RefundStatus } from '../../../domain/order.js';
import type { DiscountKind } from '../../../domain/pricing.js';

const STATUSES: OrderStatus[] = [
  'PENDING',
  'CREATED',
  'PAID',
  'SHIPPED',
  'RECEIVED',
  'CLOSED',
  'FAILED',
  'CANCELLED',
  'REFUNDED',
];

export class OrderItemResponse implements OrderItemView {
  @ApiProperty({ example: 'T00100' }) sku_id: string;
  @ApiProperty({ example: 'Demo product 1000, standard' }) title: string;
  @ApiProperty({ type: 'integer', example: 1 }) quantity: number;
  @ApiProperty({ type: 'integer', example: 1990, description: 'cents' }) unit_price_cents: number;
  @ApiProperty({ type: 'integer', example: 1990, description: 'cents' }) line_total_cents: number;
  @ApiProperty({
    type: 'integer',
    example: 0,
    description: 'units whose money an after-sales request gave back',
  })
  refunded_quantity: number;
  @ApiProperty({
    type: 'integer',
    example: 0,
    description: 'units that came back into stock through an after-sales request',
  })
  returned_quantity: number;
}

export class ShippingAddressResponse implements ShippingAddressView {
  @ApiProperty({ type: 'integer', example: 1, description: 'the address it was copied from' })
  address_id: number;
  @ApiProperty({ example: '张三' }) recipient: string;
  @ApiProperty({ example: '13800138000' }) mobile: string;
  @ApiProperty({ example: '广东省' }) province: string;
  @ApiProperty({ example: '深圳市' }) city: string;
  @ApiProperty({ example: '南山区' }) district: string;
  @ApiProperty({ example: '科技园南区 1 栋 101' }) street: string;
  @ApiProperty({ type: String, nullable: true, example: '518057' }) postal_code: string | null;
}

export class OrderDiscountResponse implements OrderDiscountView {
  @ApiProperty({ enum: ['SKU_DISCOUNT', 'SPEND_AND_SAVE', 'COUPON'], example: 'COUPON' })
  kind: DiscountKind;
  @ApiProperty({
    type: 'integer',
    example: 12,
    description: 'the SKU discount, the spend-and-save rule or the coupon',
  })
  source_id: number;
  @ApiProperty({ example: '10.00 off 100.00' }) label: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'SKU_DISCOUNT only' })
  sku_id: string | null;
  @ApiProperty({ type: 'integer', example: 1000, description: 'cents' }) amount_cents: number;
}

export class OrderResponse implements OrderView {
  @ApiProperty({ type: 'integer', example: 1 }) order_id: number;
  @ApiProperty({ type: 'integer', example: 1 }) user_id: number;
  @ApiProperty({
    enum: STATUSES,
    example: 'CREATED',
    description:
      'PENDING while being placed; CREATED = awaiting payment (PAID when the provider ' +
      'confirms it); FAILED = could not be placed; CLOSED = unpaid too long; REFUNDED = ' +
      "after-sales refunds gave every unit's money back (a partial refund leaves the delivery " +
      'status as it was: see refund_status)',
  })
  status: OrderStatus;
  @ApiProperty({
    enum: ['NONE', 'PARTIALLY_REFUNDED', 'REFUNDED'],
    example: 'NONE',
    description:
      "beside the delivery status: PARTIALLY_REFUNDED once some units' money is back (the " +
      'order may still ship and be received), REFUNDED once all of it is',
  })
  refund_status: RefundStatus;
  @ApiProperty({ type: [OrderItemResponse] }) items: OrderItemResponse[];
  @ApiProperty({ type: 'integer', example: 11940, description: 'cents, before discounts' })
  subtotal_cents: number;
  @ApiProperty({
    type: [OrderDiscountResponse],
    description: 'in the order the pricing applied them: SKU discounts, spend-and-save, coupon',
  })
  discounts: OrderDiscountResponse[];
  @ApiProperty({ type: 'integer', example: 1000, description: 'cents: the discounts summed' })
  discount_cents: number;
  @ApiProperty({ type: 'integer', nullable: true, example: 12, description: 'the coupon used' })
  coupon_id: number | null;
  @ApiProperty({
    type: 'integer',
    example: 0,
    description: 'cents: free from 9900 of goods after discounts, else 1000',
  })
  shipping_cents: number;
  @ApiProperty({
    type: 'integer',
    example: 10940,
    description: 'cents: subtotal - discounts + shipping, what payment charges',
  })
  total_cents: number;
  @ApiProperty({ type: String, nullable: true, example: null }) failure_reason: string | null;
  @ApiProperty({ example: '2026-11-25T07:00:00.000Z' }) created_at: string;
  @ApiProperty({ example: '2026-11-25T07:00:00.000Z' }) updated_at: string;
  @ApiPropertyOptional({
    type: ShippingAddressResponse,
    description: 'The copy of the address it ships to (absent: placed without address_id)',
  })
  shipping_address?: ShippingAddressResponse;
}

export class TimelineEntryResponse implements TimelineEntryView {
  @ApiProperty({
    example: 'status',
    description: "'status' or 'after-sales'; later 'shipment', 'tracking'",
  })
  kind: string;
  @ApiProperty({ enum: STATUSES, nullable: true, example: 'PAID' }) status: OrderStatus | null;
  @ApiProperty({ example: 'OrderPaid', description: 'the event that caused it' }) cause: string;
  @ApiProperty({ type: String, nullable: true, example: null }) detail: string | null;
  @ApiProperty({ example: '2026-11-25T07:00:00.000Z', description: 'RFC 3339, UTC' }) at: string;
}

export class OrderTimelineResponse implements OrderTimelineView {
  @ApiProperty({ type: 'integer', example: 1 }) order_id: number;
  @ApiProperty({ type: [TimelineEntryResponse] }) entries: TimelineEntryResponse[];
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

export class InDoubtBranchResponse {
  @ApiProperty({ example: 'inventory' }) participant: string;
  @ApiProperty({ example: '7f0c2a9e-5d7e-4a53-9f0e-0c1d2e3f4a5b' }) gid: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'CONFIRMING',
    description: "the global transaction's status in the log (null: none)",
  })
  decision: InDoubtBranch['decision'];
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
  @ApiProperty({
    type: [InDoubtBranchResponse],
    description:
      'ORDER_CONSISTENCY=xa: XA branches prepared and not yet committed or rolled back (their rows stay locked)',
  })
  in_doubt_branches: InDoubtBranchResponse[];
}
