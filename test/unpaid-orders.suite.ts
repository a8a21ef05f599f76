import request from 'supertest';
import { eventually, type PaymentSandboxes } from './support/payment-sandbox.js';
import type { ShopUnderTest } from './support/shop.js';

/**
 * Orders unpaid past ORDER_PAYMENT_TIMEOUT_MS close by themselves, against whichever topology
 * `shop()` runs (started with a short timeout): CLOSED, their units back, their open payment
 * cancelled at the provider, and money that arrives after the close refunded.
 */
export function unpaidOrdersSuite(
  name: string,
  shop: () => ShopUnderTest,
  sandboxes: () => PaymentSandboxes,
): void {
  describe(`unpaid orders close (${name})`, () => {
    const http = () => request(shop().http as Parameters<typeof request>[0]);

    it('closes an unpaid order: CLOSED, stock returned, payment cancelled; a late payment is refunded', async () => {
      const login = await http()
        .post('/auth/login')
        .send({ user_name: 'test2', password: '123456' })
        .expect(200);
      const auth = `Bearer ${login.body.access_token as string}`;
      const stock = async () => (await http().get('/skus/T00107/stock').expect(200)).body;
      const before = await stock();
      const placed = await http()
        .post('/orders')
        .set('authorization', auth)
        .send({ items: [{ sku_id: 'T00107', quantity: 3 }] })
        .expect(201);
      const id = placed.body.order_id as number;
      const started = await http()
        .post('/payments')
        .set('authorization', auth)
        .send({ order_id: id, method: 'card' })
        .expect(201);
      expect(await stock()).toMatchObject({
        available: before.available - 3,
        sold: before.sold + 3,
      });

      const order = async () =>
        (await http().get(`/orders/${id}`).set('authorization', auth).expect(200)).body;
      await eventually(async () => (await order()).status === 'CLOSED', 'CLOSED', 30_000);
      await eventually(
        async () => JSON.stringify(await stock()) === JSON.stringify(before),
        'the units back',
      );
      const payment = async () =>
        (
          await http()
            .get(`/payments/${started.body.payment_id}`)
            .set('authorization', auth)
            .expect(200)
        ).body.status;
      await eventually(async () => (await payment()) === 'CANCELLED', 'payment CANCELLED');
      const providerId = (started.body.checkout_url as string).split('/').pop();
      const atProvider = async () =>
        (
          (await (await fetch(`${sandboxes().card.url}/v1/payments/${providerId}`)).json()) as {
            status: string;
          }
        ).status;
      expect(await atProvider()).toBe('cancelled');
      // Paying now is refused by the provider, and by the shop.
      expect((await fetch(`${started.body.checkout_url}/approve`, { method: 'POST' })).status).toBe(
        409,
      );
      await http()
        .post('/payments')
        .set('authorization', auth)
        .send({ order_id: id, method: 'card' })
        .expect(409);

      // The buyer's money reached the provider at the moment of the close: refunded by itself.
      await fetch(`${sandboxes().card.url}/sandbox/payments/${providerId}/force`, {
        method: 'POST',
        body: JSON.stringify({ status: 'succeeded' }),
      });
      await eventually(async () => (await payment()) === 'REFUNDED', 'payment REFUNDED');
      expect(await atProvider()).toBe('refunded');
      expect((await order()).status).toBe('CLOSED');

      const report = (
        await http().get('/admin/invariants').set('x-admin-token', shop().adminToken).expect(200)
      ).body;
      expect(report).toMatchObject({ ok: true, problems: [], unfinished_transactions: [] });
    }, 90_000);
  });
}
