import { ApiProperty } from '@nestjs/swagger';
import type { NotificationOutcome, PaymentView } from '../../../application/payment-views.js';
import type {
  ReconciliationDifference,
  ReconciliationReport,
} from '../../../application/reconcile-payments.js';
import {
  PAYMENT_METHODS,
  type PaymentMethod,
  type PaymentStatus,
} from '../../../domain/payment.js';

const STATUSES: PaymentStatus[] = ['PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'REFUNDED'];

export class PaymentResponse implements PaymentView {
  @ApiProperty({ example: 'pay_1_1' }) payment_id: string;
  @ApiProperty({ type: 'integer', example: 1 }) order_id: number;
  @ApiProperty({ enum: PAYMENT_METHODS, example: 'card' }) method: PaymentMethod;
  @ApiProperty({
    enum: STATUSES,
    example: 'PENDING',
    description:
      "PENDING until the provider's confirmation arrives and checks out (SUCCEEDED: the order " +
      'becomes PAID); FAILED declined (the buyer may pay again on the same checkout); ' +
      'CANCELLED its order ended unpaid; REFUNDED all the money went back (partial after-sales ' +
      'refunds leave it SUCCEEDED: see refunded_cents)',
  })
  status: PaymentStatus;
  @ApiProperty({ type: 'integer', example: 2990, description: "cents: the order's total" })
  amount_cents: number;
  @ApiProperty({
    type: 'integer',
    example: 0,
    description: 'cents: what its refunds done at the provider gave back',
  })
  refunded_cents: number;
  @ApiProperty({ example: 'CNY' }) currency: string;
  @ApiProperty({
    example: 'http://127.0.0.1:4010/checkout/pi_0123456789abcdef',
    description: "The provider's page the buyer pays on",
  })
  checkout_url: string;
  @ApiProperty({ example: '2026-11-25T07:00:00.000Z' }) created_at: string;
  @ApiProperty({ example: '2026-11-25T07:00:00.000Z' }) updated_at: string;
}

export class NotificationOutcomeResponse implements NotificationOutcome {
  @ApiProperty({ example: 'pay_1_1' }) payment_id: string;
  @ApiProperty({ enum: STATUSES, example: 'SUCCEEDED' }) status: PaymentStatus;
  @ApiProperty({ example: true, description: 'false: a replay or an out-of-order notification' })
  changed: boolean;
}

export class ReconciliationDifferenceResponse implements ReconciliationDifference {
  @ApiProperty({ example: 'pay_1_1' }) payment_id: string;
  @ApiProperty({ enum: PAYMENT_METHODS, example: 'card' }) method: string;
  @ApiProperty({
    example: 'status',
    enum: [
      'missing_here',
      'missing_at_provider',
      'status',
      'amount',
      'refunded',
      'currency',
      'order',
    ],
  })
  kind: string;
  @ApiProperty({ type: String, nullable: true, example: 'PENDING' }) ours: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SUCCEEDED' }) provider: string | null;
}

export class ReconciliationReportResponse implements ReconciliationReport {
  @ApiProperty({ example: '2026-11-01T00:00:00.000Z' }) from: string;
  @ApiProperty({ example: '2026-12-01T00:00:00.000Z' }) to: string;
  @ApiProperty({ type: 'integer', example: 12 }) payments_checked: number;
  @ApiProperty({ type: 'integer', example: 12 }) provider_records_checked: number;
  @ApiProperty({ type: [ReconciliationDifferenceResponse] })
  differences: ReconciliationDifferenceResponse[];
}
