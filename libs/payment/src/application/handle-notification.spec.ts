import { FakePaymentProviders, FakeUnitOfWork, InMemoryPayments } from '@nestmall/testing';
import { Payment, PaymentMismatchError, type ProviderReport } from '../domain/payment.js';
import { InvalidSignatureError } from '../domain/webhook-signature.js';
import { HandleNotification } from './handle-notification.js';

describe('HandleNotification', () => {
  let payments: InMemoryPayments;
  let unitOfWork: FakeUnitOfWork;
  let handle: HandleNotification;
  const signed = { 'x-fake': 'ok' };
  const report = (status: ProviderReport['status'], amountCents = 500): string =>
    JSON.stringify({
      providerPaymentId: 'card-pay_1_1',
      paymentId: 'pay_1_1',
      orderId: 1,
      amountCents,
      currency: 'CNY',
      status,
    });

  beforeEach(async () => {
    payments = new InMemoryPayments();
    unitOfWork = new FakeUnitOfWork();
    handle = new HandleNotification(new FakePaymentProviders(), payments, unitOfWork);
    await payments.add(
      Payment.start({
        paymentId: 'pay_1_1',
        orderId: 1,
        userId: 2,
        method: 'card',
        amountCents: 500,
        currency: 'CNY',
        providerPaymentId: 'card-pay_1_1',
        checkoutUrl: 'https://fake/card-pay_1_1',
      }),
    );
  });

  it('applies a verified confirmation: SUCCEEDED with PaymentSucceeded, in one unit of work', async () => {
    expect(await handle.execute('card', report('succeeded'), signed)).toEqual({
      payment_id: 'pay_1_1',
      status: 'SUCCEEDED',
      changed: true,
    });
    expect(payments.events).toEqual([{ type: 'PaymentSucceeded', paymentId: 'pay_1_1' }]);
    expect(unitOfWork.committed).toBe(1);
  });

  it('a replay answers changed=false and records nothing more', async () => {
    await handle.execute('card', report('succeeded'), signed);
    expect(await handle.execute('card', report('succeeded'), signed)).toMatchObject({
      changed: false,
    });
    expect(payments.events).toHaveLength(1);
  });

  it('refuses an unsigned notification before reading anything, and a mismatching one', async () => {
    await expect(handle.execute('card', report('succeeded'), {})).rejects.toThrow(
      InvalidSignatureError,
    );
    expect(unitOfWork.opened).toBe(0);
    await expect(handle.execute('card', report('succeeded', 1), signed)).rejects.toThrow(
      PaymentMismatchError,
    );
    expect((await payments.findById('pay_1_1'))?.status).toBe('PENDING');
    expect(payments.events).toEqual([]);
  });

  it('refuses an unknown provider, and a payment of another provider', async () => {
    await expect(handle.execute('cash', report('succeeded'), signed)).rejects.toThrow(
      /no payment provider/,
    );
    await expect(handle.execute('wallet', report('succeeded'), signed)).rejects.toThrow(
      /not found/,
    );
  });
});
