import type { Payment, PaymentMethod, PaymentStatus } from '../domain/payment.js';

/** A payment as its buyer sees it (snake_case, as every wire format here). */
export interface PaymentView {
  payment_id: string;
  order_id: number;
  method: PaymentMethod;
  status: PaymentStatus;
  amount_cents: number;
  /** What its refunds done at the provider gave back (some: partial after-sales refunds). */
  refunded_cents: number;
  currency: string;
  /** The provider's page the buyer pays on. */
  checkout_url: string;
  created_at: string;
  updated_at: string;
}

export function toPaymentView(payment: Payment): PaymentView {
  const p = payment.snapshot();
  return {
    payment_id: p.paymentId,
    order_id: p.orderId,
    method: p.method,
    status: p.status,
    amount_cents: p.amountCents,
    refunded_cents: (p.refunds ?? [])
      .filter((r) => r.status === 'SUCCEEDED')
      .reduce((sum, r) => sum + r.amountCents, 0),
    currency: p.currency,
    checkout_url: p.checkoutUrl,
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
  };
}

/** What a notification did: the payment as it now stands, and whether it changed. */
export interface NotificationOutcome {
  payment_id: string;
  status: PaymentStatus;
  changed: boolean;
}
