import { createHmac } from 'node:crypto';
import request from 'supertest';
import type { TestDatabase } from './support/databases.js';
import { eventually, payThroughSandbox, type PaymentSandboxes } from './support/payment-sandbox.js';
import type { ShopUnderTest } from './support/shop.js';

type Http = ReturnType<typeof request>;

function expectError(res: request.Response, status: number, message?: RegExp): void {
  expect({ status: res.status, body: res.body }).toMatchObject({
    status,
    body: { status, error: expect.any(String), message: expect.any(String) },
  });
  if (message) expect(res.body.message).toMatch(message);
}

/** A card-style notification as the sandbox signs it (t=<unix>,v1=<hex HMAC of "t.body">). */
function cardNotification(secret: string, data: object, t = Math.floor(Date.now() / 1000)) {
  const body = JSON.stringify({ id: `evt_${Date.now()}`, type: 'payment.x', data });
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return { body, signature: `t=${t},v1=${v1}` };
}

/**
 * Payments through the sandbox providers (real HTTP processes) against whichever topology
 * `shop()` runs; `paymentDatabase()` holds the payment context's tables and outbox,
 * `ordersDatabase()` the orders' outbox. Each test uses its own SKU.
 */
export function paymentsApiSuite(
  name: string,
  shop: () => ShopUnderTest,
  sandboxes: () => PaymentSandboxes,
  databases: () => { payment: TestDatabase; orders: TestDatabase },
): void {
  describe(`payments API (${name})`, () => {
    const http = (): Http => request(shop().http as Parameters<typeof request>[0]);
    const tokens = new Map<string, string>();

    async function tokenOf(user: string): Promise<string> {
      if (!tokens.has(user)) {
        const res = await http()
          .post('/auth/login')
          .send({ user_name: user, password: '123456' })
          .expect(200);
        tokens.set(user, res.body.access_token);
      }
      return tokens.get(user)!;
    }

    async function placeOrder(user: string, sku: string, quantity = 1) {
      const res = await http()
        .post('/orders')
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .send({ items: [{ sku_id: sku, quantity }] });
      expect(res.status).toBe(201);
      return res.body as { order_id: number; total_cents: number };
    }

    async function orderStatus(user: string, orderId: number): Promise<string> {
      const res = await http()
        .get(`/orders/${orderId}`)
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .expect(200);
      return res.body.status;
    }

    async function payment(user: string, paymentId: string) {
      return (
        await http()
          .get(`/payments/${paymentId}`)
          .set('authorization', `Bearer ${await tokenOf(user)}`)
          .expect(200)
      ).body;
    }

    async function startPayment(user: string, orderId: number, method = 'card') {
      return http()
        .post('/payments')
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .send({ order_id: orderId, method });
    }

    const webhook = (provider: string, body: string, signature?: string) => {
      const req = http()
        .post(`/payments/webhooks/${provider}`)
        .set('content-type', 'application/json');
      if (signature) req.set('sandbox-signature', signature);
      return req.send(body);
    };

    const outboxCount = async (database: TestDatabase, type: string) =>
      Number(
        (
          await database.query<{ n: number }>(
            'SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = ?',
            [type],
          )
        )[0].n,
      );

    it("opens a card payment for the order's total and pays it on the sandbox's checkout: PAID", async () => {
      const order = await placeOrder('test3', 'T00100', 2);
      const started = await startPayment('test3', order.order_id);
      expect(started.status).toBe(201);
      expect(started.body).toMatchObject({
        payment_id: `pay_${order.order_id}_1`,
        order_id: order.order_id,
        method: 'card',
        status: 'PENDING',
        amount_cents: order.total_cents,
        currency: 'CNY',
        checkout_url: expect.stringMatching(new RegExp(`^${sandboxes().card.url}/checkout/pi_`)),
      });
      // Asked again while open: the same payment, not a second one.
      expect((await startPayment('test3', order.order_id)).body.payment_id).toBe(
        started.body.payment_id,
      );
      expectError(await startPayment('test3', order.order_id, 'wallet'), 409, /open card payment/);
      expect(await orderStatus('test3', order.order_id)).toBe('CREATED');
      const page = await fetch(started.body.checkout_url);
      expect(await page.text()).toMatch(
        /<form method="post" action="\/checkout\/pi_\w+\/approve">/,
      );

      await payThroughSandbox(http, await tokenOf('test3'), order.order_id);
      expect(await payment('test3', started.body.payment_id)).toMatchObject({
        status: 'SUCCEEDED',
      });
      expectError(await startPayment('test3', order.order_id), 409, /PAID and cannot be paid/);
    });

    it('pays through the wallet-style provider too (its own format and signature)', async () => {
      const order = await placeOrder('test3', 'T00101');
      const paid = await payThroughSandbox(http, await tokenOf('test3'), order.order_id, 'wallet');
      expect(paid.checkout_url.startsWith(`${sandboxes().wallet.url}/checkout/T_`)).toBe(true);
      expect(await payment('test3', paid.payment_id)).toMatchObject({
        method: 'wallet',
        status: 'SUCCEEDED',
        amount_cents: order.total_cents,
      });
    });

    it('refuses bad requests with 4xx naming the field, and other users get 404', async () => {
      const order = await placeOrder('test4', 'T00102');
      expectError(await startPayment('test4', order.order_id, 'cash'), 400, /^method /);
      expectError(
        await http()
          .post('/payments')
          .set('authorization', `Bearer ${await tokenOf('test4')}`)
          .send({ order_id: 'x', method: 'card' }),
        400,
        /^order_id /,
      );
      expectError(await http().post('/payments').send({ order_id: 1, method: 'card' }), 401);
      expectError(await startPayment('test5', order.order_id), 404);
      expectError(await startPayment('test4', 999_999), 404);
      const mine = await startPayment('test4', order.order_id);
      expectError(
        await http()
          .get(`/payments/${mine.body.payment_id}`)
          .set('authorization', `Bearer ${await tokenOf('test5')}`),
        404,
      );
      expectError(
        await http()
          .get('/payments/nope')
          .set('authorization', `Bearer ${await tokenOf('test4')}`),
        400,
        /^id /,
      );
      expectError(await webhook('paypal', '{}'), 400, /^provider /);
    });

    it('a forged or altered notification is 401 and changes nothing; a replay changes nothing', async () => {
      const order = await placeOrder('test6', 'T00103');
      const started = (await startPayment('test6', order.order_id)).body;
      const providerId = started.checkout_url.split('/').pop();
      const data = {
        id: providerId,
        merchant_reference: started.payment_id,
        order_id: order.order_id,
        amount: order.total_cents,
        currency: 'CNY',
        status: 'succeeded',
        created: 1,
      };
      const secret = sandboxes().card.secret;
      const forged = cardNotification('a-guessed-secret-of-some-length', data);
      expectError(await webhook('card', forged.body, forged.signature), 401, /bad signature/);
      const genuine = cardNotification(secret, data);
      const altered = genuine.body.replace(`"amount":${order.total_cents}`, '"amount":1');
      expectError(await webhook('card', altered, genuine.signature), 401, /bad signature/);
      expectError(await webhook('card', genuine.body), 401);
      const stale = cardNotification(secret, data, Math.floor(Date.now() / 1000) - 3600);
      expectError(await webhook('card', stale.body, stale.signature), 401, /tolerance/);
      // Signed with the right secret but not the payment we asked for: 422, nothing changes.
      const wrongAmount = cardNotification(secret, { ...data, amount: 1 });
      expectError(await webhook('card', wrongAmount.body, wrongAmount.signature), 422, /amount/);
      expect(await payment('test6', started.payment_id)).toMatchObject({ status: 'PENDING' });
      expect(await orderStatus('test6', order.order_id)).toBe('CREATED');

      // The genuine one, then the same bytes again (a replay): PAID once, one OrderPaid.
      const first = await webhook('card', genuine.body, genuine.signature);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        payment_id: started.payment_id,
        status: 'SUCCEEDED',
        changed: true,
      });
      const replay = await webhook('card', genuine.body, genuine.signature);
      expect(replay.body).toEqual({
        payment_id: started.payment_id,
        status: 'SUCCEEDED',
        changed: false,
      });
      await eventually(async () => (await orderStatus('test6', order.order_id)) === 'PAID', 'PAID');
      expect(await outboxCount(databases().payment, 'PaymentSucceeded')).toBeGreaterThan(0);
      const succeeded = await databases().payment.query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = 'PaymentSucceeded' AND body LIKE ?",
        [`%"payment_id":"${started.payment_id}"%`],
      );
      expect(Number(succeeded[0].n)).toBe(1);
      const paid = await databases().orders.query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = 'OrderPaid' AND body LIKE ?",
        [`%"order_id":${order.order_id},%`],
      );
      expect(Number(paid[0].n)).toBe(1);
    });

    it('handles notifications out of order: a late "pending" and a "refunded" before "paid"', async () => {
      const token = await tokenOf('test7');
      const first = await placeOrder('test7', 'T00104');
      const paid = await payThroughSandbox(http, token, first.order_id);
      const providerId = paid.checkout_url.split('/').pop();
      await fetch(`${sandboxes().card.url}/sandbox/payments/${providerId}/notify`, {
        method: 'POST',
        body: JSON.stringify({ status: 'pending' }),
      });
      await eventually(
        async () =>
          (await sandboxes().deliveries('card')).some(
            (d) => d.payment === providerId && d.status === 'pending' && d.answer === 200,
          ),
        'the late pending delivered',
      );
      expect(await payment('test7', paid.payment_id)).toMatchObject({ status: 'SUCCEEDED' });
      expect(await orderStatus('test7', first.order_id)).toBe('PAID');

      const second = await placeOrder('test7', 'T00104');
      const started = (await startPayment('test7', second.order_id)).body;
      const secondId = started.checkout_url.split('/').pop();
      await fetch(`${sandboxes().card.url}/sandbox/payments/${secondId}/notify`, {
        method: 'POST',
        body: JSON.stringify({ status: 'refunded' }),
      });
      await eventually(
        async () => (await payment('test7', started.payment_id)).status === 'REFUNDED',
        'REFUNDED',
      );
      // "succeeded" arrives after "refunded": the money already went back, nothing changes.
      await fetch(`${started.checkout_url}/approve`, { method: 'POST' });
      await eventually(
        async () =>
          (await sandboxes().deliveries('card')).some(
            (d) => d.payment === secondId && d.status === 'succeeded' && d.answer === 200,
          ),
        'the late succeeded delivered',
      );
      expect(await payment('test7', started.payment_id)).toMatchObject({ status: 'REFUNDED' });
      expect(await orderStatus('test7', second.order_id)).toBe('CREATED');
      await http()
        .post(`/orders/${second.order_id}/cancel`)
        .set('authorization', `Bearer ${token}`)
        .expect(200);
    });

    it('cancelling a PAID order refunds it through its provider', async () => {
      const token = await tokenOf('test8');
      const order = await placeOrder('test8', 'T00105');
      const paid = await payThroughSandbox(http, token, order.order_id, 'wallet');
      const cancelled = await http()
        .post(`/orders/${order.order_id}/cancel`)
        .set('authorization', `Bearer ${token}`);
      expect(cancelled.body.status).toBe('CANCELLED');
      await eventually(
        async () => (await payment('test8', paid.payment_id)).status === 'REFUNDED',
        'REFUNDED',
      );
      const tradeNo = paid.checkout_url.split('/').pop();
      const atProvider = await (
        await fetch(`${sandboxes().wallet.url}/v1/payments/${tradeNo}`)
      ).json();
      expect(atProvider).toMatchObject({ trade_status: 'TRADE_REFUNDED' });
    });

    it('cancelling an unpaid order cancels its payment; money that arrives after is refunded', async () => {
      const token = await tokenOf('test8');
      const order = await placeOrder('test8', 'T00106');
      const started = (await startPayment('test8', order.order_id)).body;
      const providerId = started.checkout_url.split('/').pop();
      await http()
        .post(`/orders/${order.order_id}/cancel`)
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      await eventually(
        async () => (await payment('test8', started.payment_id)).status === 'CANCELLED',
        'CANCELLED',
      );
      expect((await fetch(`${started.checkout_url}/approve`, { method: 'POST' })).status).toBe(409);
      // The buyer paid at the very moment of the cancel (the provider took the money): refunded.
      await fetch(`${sandboxes().card.url}/sandbox/payments/${providerId}/force`, {
        method: 'POST',
        body: JSON.stringify({ status: 'succeeded' }),
      });
      await eventually(
        async () => (await payment('test8', started.payment_id)).status === 'REFUNDED',
        'REFUNDED',
      );
      expect(await orderStatus('test8', order.order_id)).toBe('CANCELLED');
      const atProvider = await (
        await fetch(`${sandboxes().card.url}/v1/payments/${providerId}`)
      ).json();
      expect(atProvider).toMatchObject({ status: 'refunded' });
    });

    it('reconciles our payments with the providers: lists the differences of a period', async () => {
      const from = new Date(Date.now() - 3600_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const res = await http()
        .get('/admin/payments/reconciliation')
        .query({ from, to })
        .set('x-admin-token', shop().adminToken)
        .expect(200);
      expect(res.body.payments_checked).toBeGreaterThanOrEqual(7);
      expect(res.body.provider_records_checked).toBe(res.body.payments_checked);
      // Two real differences: the payment the test's own signed notification paid (the provider
      // never took that money), and the "refunded before paid" one (the provider says paid).
      const ours = (kind: string, ours: string, provider: string) => ({
        payment_id: expect.stringMatching(/^pay_\d+_1$/),
        method: 'card',
        kind,
        ours,
        provider,
      });
      expect(res.body.differences).toHaveLength(2);
      expect(res.body.differences).toEqual(
        expect.arrayContaining([
          ours('status', 'SUCCEEDED', 'PENDING'),
          ours('status', 'REFUNDED', 'SUCCEEDED'),
        ]),
      );
      expectError(
        await http()
          .get('/admin/payments/reconciliation')
          .query({ from: 'yesterday', to })
          .set('x-admin-token', shop().adminToken),
        400,
        /^from /,
      );
      expectError(await http().get('/admin/payments/reconciliation').query({ from, to }), 401);
    });

    it('keeps the books: the invariant checker finds nothing wrong', async () => {
      const report = (
        await http().get('/admin/invariants').set('x-admin-token', shop().adminToken).expect(200)
      ).body;
      expect(report).toMatchObject({ ok: true, problems: [], unfinished_transactions: [] });
    });
  });
}
