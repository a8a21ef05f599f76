import { Injectable } from '@nestjs/common';
import {
  CONSUMERS,
  PAYMENT_CANCEL_REQUESTED,
  PAYMENT_REFUND_REQUESTED,
  type PaymentEventPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { PaymentNotFoundError } from '../domain/payment.js';
import { PaymentProviders } from './payment-provider.js';
import { PaymentRepository } from './payment.repository.js';

/**
 * The payment context's own calls to a provider, asked for by its events so that a crash never
 * loses one: a refund (some of the money, under our refund id: an after-sales request's amount,
 * or what is left when an order ended after it was paid or money arrived after it ended) or a
 * cancel (an order ended unpaid). The provider's calls are idempotent, so a retried event
 * repeats nothing; then the provider's record is applied as a notification would be (a cancel
 * that finds the payment paid meanwhile leads to its refund).
 */
@Injectable()
export class ProviderWorkHandler extends IntegrationEventHandler<PaymentEventPayload> {
  readonly consumer = CONSUMERS.paymentProviderWork;
  readonly types = [PAYMENT_REFUND_REQUESTED, PAYMENT_CANCEL_REQUESTED];

  constructor(
    bus: EventBus,
    private readonly payments: PaymentRepository,
    private readonly providers: PaymentProviders,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<PaymentEventPayload>): Promise<void> {
    const payment = await this.payments.findById(event.payload.payment_id);
    if (!payment) throw new PaymentNotFoundError(String(event.payload.payment_id));
    const provider = this.providers.get(payment.method);
    if (event.type === PAYMENT_REFUND_REQUESTED) {
      const { refund_id: refundId, refund_cents: cents } = event.payload;
      // An event from before refunds had ids: the whole payment, keyed by the payment's id.
      if (refundId === undefined || cents === undefined)
        await provider.refund(payment.providerPaymentId, payment.amountCents, payment.paymentId);
      else await provider.refund(payment.providerPaymentId, cents, refundId);
    } else {
      await provider.cancel(payment.providerPaymentId);
    }
    const { createdAt: _createdAt, ...record } = await provider.query(payment.providerPaymentId);
    if (payment.apply(record)) await this.payments.save(payment);
  }
}
