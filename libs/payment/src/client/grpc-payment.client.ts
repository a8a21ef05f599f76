import type { NotificationOutcome__Output } from '@nestmall/contracts/generated/nestmall/payment/v1/NotificationOutcome.js';
import type { Payment__Output } from '@nestmall/contracts/generated/nestmall/payment/v1/Payment.js';
import type { PaymentServiceClient } from '@nestmall/contracts/generated/nestmall/payment/v1/PaymentService.js';
import type { ReconciliationReport__Output } from '@nestmall/contracts/generated/nestmall/payment/v1/ReconciliationReport.js';
import type { AuthenticatedUser, GrpcReplicaPool } from '@nestmall/platform';
import type { NotificationOutcome, PaymentView } from '../application/payment-views.js';
import type { ReconciliationReport } from '../application/reconcile-payments.js';
import type { PaymentMethod, PaymentStatus } from '../domain/payment.js';
import { PaymentClient } from './payment.client.js';

/**
 * PaymentClient over gRPC. Reads may be retried on another replica; starting a payment and a
 * notification are sent once (both are idempotent at the service, and the provider retries its
 * notification when it gets no 2xx). The buyer's calls carry the caller's access token.
 */
export class GrpcPaymentClient extends PaymentClient {
  constructor(private readonly pool: GrpcReplicaPool<PaymentServiceClient>) {
    super();
  }

  async startPayment(
    caller: AuthenticatedUser,
    orderId: number,
    method: PaymentMethod,
  ): Promise<PaymentView> {
    return toPaymentView(
      await this.pool.unary<Payment__Output>(
        'StartPayment',
        { order_id: orderId, method },
        false,
        undefined,
        caller.accessToken,
      ),
    );
  }

  async getPayment(caller: AuthenticatedUser, paymentId: string): Promise<PaymentView> {
    return toPaymentView(
      await this.pool.unary<Payment__Output>(
        'GetPayment',
        { payment_id: paymentId },
        true,
        undefined,
        caller.accessToken,
      ),
    );
  }

  async handleNotification(
    method: string,
    rawBody: string,
    headers: Record<string, string>,
  ): Promise<NotificationOutcome> {
    const answer = await this.pool.unary<NotificationOutcome__Output>(
      'HandleNotification',
      {
        method,
        raw_body: rawBody,
        headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
      },
      false,
    );
    return {
      payment_id: answer.payment_id,
      status: answer.status as PaymentStatus,
      changed: answer.changed,
    };
  }

  async reconcile(from: Date, to: Date): Promise<ReconciliationReport> {
    const r = await this.pool.unary<ReconciliationReport__Output>(
      'Reconcile',
      { from: from.toISOString(), to: to.toISOString() },
      true,
    );
    return {
      from: r.from,
      to: r.to,
      payments_checked: r.payments_checked,
      provider_records_checked: r.provider_records_checked,
      differences: r.differences.map((d) => ({
        payment_id: d.payment_id,
        method: d.method,
        kind: d.kind,
        ours: d.ours ?? null,
        provider: d.provider ?? null,
      })),
    };
  }
}

function toPaymentView(m: Payment__Output): PaymentView {
  return {
    payment_id: m.payment_id,
    order_id: Number(m.order_id),
    method: m.method as PaymentMethod,
    status: m.status as PaymentStatus,
    amount_cents: Number(m.amount_cents),
    refunded_cents: Number(m.refunded_cents),
    currency: m.currency,
    checkout_url: m.checkout_url,
    created_at: m.created_at,
    updated_at: m.updated_at,
  };
}
