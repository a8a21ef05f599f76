import {
  Payment,
  PaymentMismatchError,
  PaymentNotRefundableError,
  type ProviderReport,
  type ProviderStatus,
} from './payment.js';

function started(): Payment {
  return Payment.start({
    paymentId: 'pay_7_1',
    orderId: 7,
    userId: 3,
    method: 'card',
    amountCents: 2990,
    currency: 'CNY',
    providerPaymentId: 'pi_1',
    checkoutUrl: 'https://provider/checkout/pi_1',
  });
}

function report(status: ProviderStatus, change: Partial<ProviderReport> = {}): ProviderReport {
  return {
    providerPaymentId: 'pi_1',
    paymentId: 'pay_7_1',
    orderId: 7,
    amountCents: 2990,
    currency: 'CNY',
    status,
    ...change,
  };
}

/** The types of the events recorded since the last call. */
const types = (payment: Payment) => payment.pullEvents().map((e) => e.type);

describe('Payment', () => {
  it('starts PENDING and open; a confirmation that checks out makes it SUCCEEDED once', () => {
    const payment = started();
    expect({ status: payment.status, open: payment.open }).toEqual({
      status: 'PENDING',
      open: true,
    });
    expect(payment.apply(report('succeeded'))).toBe(true);
    expect(payment.status).toBe('SUCCEEDED');
    expect(types(payment)).toEqual(['PaymentSucceeded']);
    expect(payment.apply(report('succeeded'))).toBe(false); // a replay
    expect(types(payment)).toEqual([]);
  });

  it.each([
    ['amount', { amountCents: 2989 }],
    ['currency', { currency: 'USD' }],
    ['order', { orderId: 8 }],
    ['payment', { paymentId: 'pay_7_2' }],
    ['provider payment id', { providerPaymentId: 'pi_2' }],
  ])('refuses a report that does not match its %s, and changes nothing', (field, change) => {
    const payment = started();
    expect(() => payment.apply(report('succeeded', change))).toThrow(PaymentMismatchError);
    expect(() => payment.apply(report('succeeded', change))).toThrow(field);
    expect(payment.status).toBe('PENDING');
    expect(types(payment)).toEqual([]);
  });

  it('applies reports forward only: a late "pending" or "failed" after success changes nothing', () => {
    const payment = started();
    payment.apply(report('succeeded'));
    for (const late of ['pending', 'failed', 'cancelled'] as const)
      expect(payment.apply(report(late))).toBe(false);
    expect(payment.status).toBe('SUCCEEDED');
  });

  it('a decline leaves it open (the buyer may pay again); a later success counts', () => {
    const payment = started();
    expect(payment.apply(report('failed'))).toBe(true);
    expect({ status: payment.status, open: payment.open }).toEqual({
      status: 'FAILED',
      open: true,
    });
    expect(payment.apply(report('succeeded'))).toBe(true);
    expect(types(payment)).toEqual(['PaymentFailed', 'PaymentSucceeded']);
  });

  it('"refunded" before "succeeded": REFUNDED, and the late success is ignored (no PAID order)', () => {
    const payment = started();
    expect(payment.apply(report('refunded'))).toBe(true);
    expect(payment.apply(report('succeeded'))).toBe(false);
    expect(payment.status).toBe('REFUNDED');
    expect(types(payment)).toEqual(['PaymentRefunded']);
  });

  it('its order ended unpaid: asks the provider to cancel; money arriving later is refunded', () => {
    const payment = started();
    expect(payment.orderEnded()).toBe(true);
    expect(payment.orderEnded()).toBe(false);
    expect(payment.open).toBe(false);
    expect(types(payment)).toEqual(['CancelRequested']);
    payment.apply(report('cancelled'));
    expect(payment.status).toBe('CANCELLED');
    expect(payment.apply(report('succeeded'))).toBe(true);
    expect(types(payment)).toEqual(['RefundRequested']); // never PaymentSucceeded
    payment.apply(report('refunded'));
    expect(payment.status).toBe('REFUNDED');
  });

  it('its order ended after it was paid: asks for a refund', () => {
    const payment = started();
    payment.apply(report('succeeded'));
    payment.pullEvents();
    payment.orderEnded();
    expect(types(payment)).toEqual(['RefundRequested']);
  });

  it('partial refunds: one per request, at most what is left; REFUNDED once all is back', () => {
    const payment = started();
    payment.apply(report('succeeded'));
    payment.pullEvents();
    expect(() => started().requestRefund(1, 100)).toThrow(PaymentNotRefundableError);
    expect(payment.requestRefund(1, 1000)).toBe(true);
    expect(payment.requestRefund(1, 1000)).toBe(false); // the same request again
    expect(() => payment.requestRefund(2, 1991)).toThrow(/1991 cents asked, 1990 left/);
    expect(payment.pullEvents()).toEqual([
      {
        type: 'RefundRequested',
        refund: expect.objectContaining({
          refundId: 'pay_7_1-r1',
          requestId: 1,
          amountCents: 1000,
          status: 'REQUESTED',
        }),
      },
    ]);
    const first = { refundId: 'pay_7_1-r1', providerRefundId: 're_1', amountCents: 1000 };
    // The provider reports it done: the payment stays SUCCEEDED, the refund succeeds once.
    expect(payment.apply(report('succeeded', { refunds: [first] }))).toBe(true);
    expect(payment.apply(report('succeeded', { refunds: [first] }))).toBe(false);
    expect(payment.status).toBe('SUCCEEDED');
    expect(payment.pullEvents()).toEqual([
      {
        type: 'PaymentRefunded',
        refund: expect.objectContaining({ requestId: 1, amountCents: 1000, status: 'SUCCEEDED' }),
      },
    ]);
    expect(() =>
      payment.apply(
        report('succeeded', { refunds: [{ ...first, refundId: 'pay_7_1-r2', amountCents: 5 }] }),
      ),
    ).not.toThrow(); // not ours yet: ignored
    payment.requestRefund(2, 1990);
    expect(() =>
      payment.apply(
        report('refunded', { refunds: [{ ...first, refundId: 'pay_7_1-r2', amountCents: 5 }] }),
      ),
    ).toThrow(PaymentMismatchError);
    payment.pullEvents();
    payment.apply(
      report('refunded', {
        refunds: [first, { refundId: 'pay_7_1-r2', providerRefundId: 're_2', amountCents: 1990 }],
      }),
    );
    expect(payment.status).toBe('REFUNDED');
    expect(payment.pullEvents()).toEqual([
      { type: 'PaymentRefunded', refund: expect.objectContaining({ requestId: 2 }) },
    ]);
    expect(payment.pullRefundWrites()).toEqual({
      added: [expect.objectContaining({ refundId: 'pay_7_1-r1' }), expect.anything()],
      changed: [],
    });
  });

  it('its order ended after a partial refund: only what is left goes back', () => {
    const payment = started();
    payment.apply(report('succeeded'));
    payment.requestRefund(1, 1000);
    payment.pullEvents();
    payment.orderEnded();
    expect(payment.pullEvents()).toEqual([
      {
        type: 'RefundRequested',
        refund: expect.objectContaining({ refundId: 'pay_7_1-rest', amountCents: 1990 }),
      },
    ]);
  });
});
