import {
  FakeOrdersClient,
  FakePaymentProviders,
  FakeUnitOfWork,
  InMemoryPayments,
} from '@nestmall/testing';
import { ConflictError } from '@nestmall/ports/platform';
import { OrderNotPayableError } from '../domain/payment.js';
import { StartPayment } from './start-payment.js';

const buyer = { userId: 3, userName: 'test3', accessToken: 't' };

describe('StartPayment', () => {
  let orders: FakeOrdersClient;
  let payments: InMemoryPayments;
  let providers: FakePaymentProviders;
  let start: StartPayment;

  beforeEach(() => {
    orders = new FakeOrdersClient();
    payments = new InMemoryPayments();
    providers = new FakePaymentProviders();
    start = new StartPayment(
      orders,
      payments,
      providers,
      { currency: 'CNY', notifyBaseUrl: 'https://shop.example' },
      new FakeUnitOfWork(),
    );
    orders.orders.set(7, { user_id: 3, status: 'CREATED', total_cents: 2990 });
  });

  it("opens a payment for the order's total at the provider, with its checkout URL", async () => {
    const view = await start.execute(buyer, 7, 'wallet');
    expect(view).toMatchObject({
      payment_id: 'pay_7_1',
      order_id: 7,
      method: 'wallet',
      status: 'PENDING',
      amount_cents: 2990,
      currency: 'CNY',
      checkout_url: 'https://fake/wallet-pay_7_1',
    });
    expect(providers.wallet.calls).toEqual([
      'create pay_7_1 2990 https://shop.example/payments/webhooks/wallet',
    ]);
  });

  it('answers the open payment again; another method while it is open is a conflict', async () => {
    await start.execute(buyer, 7, 'card');
    expect((await start.execute(buyer, 7, 'card')).payment_id).toBe('pay_7_1');
    await expect(start.execute(buyer, 7, 'wallet')).rejects.toThrow(ConflictError);
    expect(providers.card.calls).toHaveLength(1);
  });

  it('refuses an order that is not CREATED, and one of another user', async () => {
    orders.orders.set(8, { user_id: 3, status: 'PAID', total_cents: 100 });
    await expect(start.execute(buyer, 8, 'card')).rejects.toThrow(OrderNotPayableError);
    await expect(start.execute({ ...buyer, userId: 4 }, 7, 'card')).rejects.toThrow(/not found/);
    expect(providers.card.calls).toEqual([]);
  });

  it('opens a new payment (a new id) once the previous one is no longer open', async () => {
    await start.execute(buyer, 7, 'card');
    const [first] = await payments.findByOrder(7);
    first.orderEnded();
    await payments.save(first);
    expect((await start.execute(buyer, 7, 'card')).payment_id).toBe('pay_7_2');
  });
});
