import { newEvent } from '@nestmall/messaging';
import { FakeEventBus, FakePaymentProviders, InMemoryPayments } from '@nestmall/testing';
import { Payment } from '../domain/payment.js';
import { OrderEndedHandler } from './order-ended.handler.js';
import { ProviderWorkHandler } from './provider-work.handler.js';

describe('OrderEndedHandler and ProviderWorkHandler', () => {
  let payments: InMemoryPayments;
  let providers: FakePaymentProviders;
  let bus: FakeEventBus;

  beforeEach(async () => {
    payments = new InMemoryPayments();
    providers = new FakePaymentProviders();
    bus = new FakeEventBus();
    await new OrderEndedHandler(bus, payments).onModuleInit();
    await new ProviderWorkHandler(bus, payments, providers).onModuleInit();
    const checkout = await providers.card.createCheckout({
      paymentId: 'pay_1_1',
      orderId: 1,
      amountCents: 500,
      currency: 'CNY',
      notifyUrl: 'https://shop/payments/webhooks/card',
    });
    await payments.add(
      Payment.start({
        paymentId: 'pay_1_1',
        orderId: 1,
        userId: 2,
        method: 'card',
        amountCents: 500,
        currency: 'CNY',
        ...checkout,
      }),
    );
  });

  /** Delivers every event the payments recorded since the last call (the outbox, by hand). */
  async function relay(): Promise<void> {
    for (let i = 0; i < payments.events.length; i++) {
      const e = payments.events[i];
      const type = {
        RefundRequested: 'PaymentRefundRequested',
        CancelRequested: 'PaymentCancelRequested',
      }[e.type as string];
      if (type) await bus.deliver(newEvent(type, { payment_id: e.paymentId }));
    }
  }

  const cancelled = newEvent('OrderCancelled', { order_id: 1, was_paid: false });

  it('an order cancelled unpaid: the payment is cancelled at the provider', async () => {
    await bus.deliver(cancelled);
    await relay();
    expect(providers.card.calls).toContain('cancel card-pay_1_1');
    expect((await payments.findById('pay_1_1'))?.status).toBe('CANCELLED');
  });

  it('an order cancelled after it was paid: refunded at the provider, REFUNDED', async () => {
    providers.card.records.get('card-pay_1_1')!.status = 'succeeded';
    const payment = (await payments.findById('pay_1_1'))!;
    payment.apply({ ...(await providers.card.query('card-pay_1_1')) });
    await payments.save(payment);
    await bus.deliver(cancelled);
    await relay();
    expect(providers.card.calls).toContain('refund card-pay_1_1');
    expect((await payments.findById('pay_1_1'))?.status).toBe('REFUNDED');
  });

  it('a cancel that finds the payment paid meanwhile refunds it', async () => {
    providers.card.records.get('card-pay_1_1')!.status = 'succeeded'; // the buyer paid just now
    await bus.deliver(cancelled);
    await relay();
    expect(providers.card.calls.filter((c) => !c.startsWith('create'))).toEqual([
      'cancel card-pay_1_1',
      'refund card-pay_1_1',
    ]);
    expect((await payments.findById('pay_1_1'))?.status).toBe('REFUNDED');
    expect(payments.events.map((e) => e.type)).not.toContain('PaymentSucceeded');
  });
});
