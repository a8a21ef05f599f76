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
  let relayed = 0;
  async function relay(): Promise<void> {
    for (; relayed < payments.events.length; relayed++) {
      const e = payments.events[relayed];
      const type = {
        RefundRequested: 'PaymentRefundRequested',
        CancelRequested: 'PaymentCancelRequested',
      }[e.type as string];
      const refund = e.refund
        ? { refund_id: e.refund.refundId, refund_cents: e.refund.amountCents }
        : {};
      if (type) await bus.deliver(newEvent(type, { payment_id: e.paymentId, ...refund }));
    }
  }

  beforeEach(() => {
    relayed = 0;
  });

  async function paid(): Promise<void> {
    providers.card.records.get('card-pay_1_1')!.status = 'succeeded';
    const payment = (await payments.findById('pay_1_1'))!;
    payment.apply({ ...(await providers.card.query('card-pay_1_1')) });
    await payments.save(payment);
  }

  const afterSales = (requestId: number, cents: number) =>
    newEvent('AfterSalesRefundRequested', {
      order_id: 1,
      request_id: requestId,
      refund_cents: cents,
    });

  const cancelled = newEvent('OrderCancelled', { order_id: 1, was_paid: false });

  it('an order cancelled unpaid: the payment is cancelled at the provider', async () => {
    await bus.deliver(cancelled);
    await relay();
    expect(providers.card.calls).toContain('cancel card-pay_1_1');
    expect((await payments.findById('pay_1_1'))?.status).toBe('CANCELLED');
  });

  it('an order cancelled after it was paid: refunded at the provider, REFUNDED', async () => {
    await paid();
    await bus.deliver(cancelled);
    await relay();
    expect(providers.card.calls).toContain('refund card-pay_1_1 500 pay_1_1-rest');
    expect((await payments.findById('pay_1_1'))?.status).toBe('REFUNDED');
  });

  it("after-sales refunds: each request's amount once; REFUNDED when they add up", async () => {
    await paid();
    await bus.deliver(afterSales(7, 200));
    await bus.deliver(afterSales(7, 200)); // the same request again: nothing more
    await relay();
    expect(providers.card.calls.filter((c) => c.startsWith('refund'))).toEqual([
      'refund card-pay_1_1 200 pay_1_1-r7',
    ]);
    const partly = (await payments.findById('pay_1_1'))!;
    expect(partly.status).toBe('SUCCEEDED');
    expect(partly.snapshot().refunds).toEqual([
      expect.objectContaining({
        refundId: 'pay_1_1-r7',
        requestId: 7,
        amountCents: 200,
        status: 'SUCCEEDED',
        providerRefundId: 're-pay_1_1-r7',
      }),
    ]);
    // More than is left is refused (the orders' quote never asks it: the event dead-letters).
    await expect(bus.deliver(afterSales(8, 301))).rejects.toThrow(/301 cents asked, 300 left/);
    await bus.deliver(afterSales(8, 300));
    await relay();
    expect((await payments.findById('pay_1_1'))?.status).toBe('REFUNDED');
    expect(
      payments.events
        .filter((e) => e.type === 'PaymentRefunded')
        .map((e) => [e.refund?.requestId, e.refund?.amountCents]),
    ).toEqual([
      [7, 200],
      [8, 300],
    ]);
    expect(await providers.card.query('card-pay_1_1')).toMatchObject({ status: 'refunded' });
  });

  it('a cancel that finds the payment paid meanwhile refunds it', async () => {
    providers.card.records.get('card-pay_1_1')!.status = 'succeeded'; // the buyer paid just now
    await bus.deliver(cancelled);
    await relay();
    expect(providers.card.calls.filter((c) => !c.startsWith('create'))).toEqual([
      'cancel card-pay_1_1',
      'refund card-pay_1_1 500 pay_1_1-rest',
    ]);
    expect((await payments.findById('pay_1_1'))?.status).toBe('REFUNDED');
    expect(payments.events.map((e) => e.type)).not.toContain('PaymentSucceeded');
  });
});
