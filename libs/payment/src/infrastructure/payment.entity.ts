import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const msNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

@Entity({ name: 'payment_payment' })
export class PaymentEntity {
  @PrimaryColumn({ name: 'payment_id', type: 'varchar', length: 40 })
  paymentId: string;

  @Index('IDX_payment_payment_order')
  @Column({ name: 'order_id', type: 'int' })
  orderId: number;

  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 16 })
  method: string;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'provider_payment_id', type: 'varchar', length: 64 })
  providerPaymentId: string;

  @Column({ name: 'checkout_url', type: 'varchar', length: 500 })
  checkoutUrl: string;

  @Column({ name: 'order_open', type: 'boolean' })
  orderOpen: boolean;

  @Column({ type: 'int' })
  version: number;

  @Index('IDX_payment_payment_created')
  @Column({ name: 'created_at_ms', type: 'bigint', transformer: msNumber })
  createdAtMs: number;

  @Column({ name: 'updated_at_ms', type: 'bigint', transformer: msNumber })
  updatedAtMs: number;
}

/** One refund of a payment (domain/payment.ts PaymentRefund), beside it. */
@Entity({ name: 'payment_refund' })
export class PaymentRefundEntity {
  /** Ours, the provider's idempotency key: <payment id>-r<request id>, or <payment id>-rest. */
  @PrimaryColumn({ name: 'refund_id', type: 'varchar', length: 64 })
  refundId: string;

  @Index('IDX_payment_refund_payment')
  @Column({ name: 'payment_id', type: 'varchar', length: 40 })
  paymentId: string;

  /** The after-sales request it is for; null: its order ended paid. */
  @Column({ name: 'request_id', type: 'int', nullable: true })
  requestId: number | null;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents: number;

  /** REQUESTED | SUCCEEDED */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'provider_refund_id', type: 'varchar', length: 64, nullable: true })
  providerRefundId: string | null;

  @Column({ name: 'created_at_ms', type: 'bigint', transformer: msNumber })
  createdAtMs: number;

  @Column({ name: 'updated_at_ms', type: 'bigint', transformer: msNumber })
  updatedAtMs: number;
}
