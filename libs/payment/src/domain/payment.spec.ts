import {
  Payment,
  PaymentMismatchError,
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

describe('Payment', () => {
  it('starts PENDING and open; a confirmation that checks out makes it SUCCEEDED once', () => {
    const payment = started();
    expect({ status: payment.status, open: payment.open }).toEqual({
      status: 'PENDING',
      open: true,
    });
    expect(payment.apply(report('succeeded'))).toBe(true);
    expect(payment.status).toBe('SUCCEEDED');
    expect(payment.pullEvents()).toEqual(['PaymentSucceeded']);
    expect(payment.apply(report('succeeded'))).toBe(false); // a replay
    expect(payment.pullEvents()).toEqual([]);
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
    expect(payment.pullEvents()).toEqual([]);
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
    expect(payment.pullEvents()).toEqual(['PaymentFailed', 'PaymentSucceeded']);
  });

  it('"refunded" before "succeeded": REFUNDED, and the late success is ignored (no PAID order)', () => {
    const payment = started();
    expect(payment.apply(report('refunded'))).toBe(true);
    expect(payment.apply(report('succeeded'))).toBe(false);
    expect(payment.status).toBe('REFUNDED');
    expect(payment.pullEvents()).toEqual(['PaymentRefunded']);
  });

  it('its order ended unpaid: asks the provider to cancel; money arriving later is refunded', () => {
    const payment = started();
    expect(payment.orderEnded()).toBe(true);
    expect(payment.orderEnded()).toBe(false);
    expect(payment.open).toBe(false);
    expect(payment.pullEvents()).toEqual(['CancelRequested']);
    payment.apply(report('cancelled'));
    expect(payment.status).toBe('CANCELLED');
    expect(payment.apply(report('succeeded'))).toBe(true);
    expect(payment.pullEvents()).toEqual(['RefundRequested']); // never PaymentSucceeded
    payment.apply(report('refunded'));
    expect(payment.status).toBe('REFUNDED');
  });

  it('its order ended after it was paid: asks for a refund', () => {
    const payment = started();
    payment.apply(report('succeeded'));
    payment.pullEvents();
    payment.orderEnded();
    expect(payment.pullEvents()).toEqual(['RefundRequested']);
  });
});
