import { createHmac } from 'node:crypto';
import request from 'supertest';
import { DEMO_STAFF_PASSWORD } from '@nestmall/admin';
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

/** A card-style notification signed as the sandbox signs it (t=<unix>,v1=<hex HMAC>). */
function cardNotification(secret: string, data: object) {
  const t = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({ id: `evt_${Date.now()}`, type: 'payment.refunded', data });
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return { body, signature: `t=${t},v1=${v1}` };
}

/**
 * After-sales against whichever topology `shop()` runs, with the sandbox providers as real HTTP
 * processes: a buyer's return or refund request, staff's decision (support role,
 * aftersales:decide), the refund through the payment service and the provider, the stock back
 * where the goods come back, the invariant checker clean. `databases().orders` holds the orders'
 * tables: an order is moved to SHIPPED there (no shipping route exists yet on this branch).
 * Each test uses its own SKU.
 */
export function afterSalesSuite(
  name: string,
  shop: () => ShopUnderTest,
  sandboxes: () => PaymentSandboxes,
  databases: () => { orders: TestDatabase; payment: TestDatabase },
): void {
  describe(`after-sales (${name})`, () => {
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

    async function staffToken(email: string): Promise<string> {
      if (!tokens.has(email)) {
        const res = await http()
          .post('/admin/auth/login')
          .send({ email, password: DEMO_STAFF_PASSWORD })
          .expect(200);
        tokens.set(email, res.body.access_token);
      }
      return tokens.get(email)!;
    }
    const support = () => staffToken('support@nestmall.example');

    async function paidOrder(
      user: string,
      sku: string | { sku_id: string; quantity: number }[],
      quantity = 1,
      method = 'card',
    ) {
      const token = await tokenOf(user);
      const items = typeof sku === 'string' ? [{ sku_id: sku, quantity }] : sku;
      const placed = await http()
        .post('/orders')
        .set('authorization', `Bearer ${token}`)
        .send({ items })
        .expect(201);
      const paid = await payThroughSandbox(
        http,
        token,
        placed.body.order_id,
        method as 'card' | 'wallet',
      );
      return {
        orderId: placed.body.order_id as number,
        totalCents: placed.body.total_cents as number,
        paymentId: paid.payment_id,
        providerId: paid.checkout_url.split('/').pop()!,
      };
    }

    const ask = async (user: string, orderId: number, body: object) =>
      http()
        .post(`/orders/${orderId}/after-sales`)
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .send(body);
    const decide = async (requestId: number, body: object, token?: string) =>
      http()
        .post(`/admin/after-sales/${requestId}/decision`)
        .set('authorization', `Bearer ${token ?? (await support())}`)
        .send(body);
    const orderOf = async (user: string, orderId: number) =>
      (
        await http()
          .get(`/orders/${orderId}`)
          .set('authorization', `Bearer ${await tokenOf(user)}`)
          .expect(200)
      ).body;
    const paymentOf = async (user: string, paymentId: string) =>
      (
        await http()
          .get(`/payments/${paymentId}`)
          .set('authorization', `Bearer ${await tokenOf(user)}`)
          .expect(200)
      ).body;
    const stockOf = async (sku: string) =>
      (await http().get(`/skus/${sku}/stock`).expect(200)).body as {
        available: number;
        sold: number;
      };
    const requestsOf = async (user: string, orderId: number) =>
      (
        await http()
          .get(`/orders/${orderId}/after-sales`)
          .set('authorization', `Bearer ${await tokenOf(user)}`)
          .expect(200)
      ).body as { request_id: number; status: string }[];
    const ship = (orderId: number) =>
      databases().orders.execute("UPDATE orders_order SET status = 'SHIPPED' WHERE order_id = ?", [
        orderId,
      ]);

    it('a RETURN: approved, the goods received, stock back, the money back, the order REFUNDED', async () => {
      const sku = 'T00100';
      const before = await stockOf(sku);
      const order = await paidOrder('test1', sku, 2);
      expect(await stockOf(sku)).toMatchObject({
        available: before.available - 2,
        sold: before.sold + 2,
      });
      // A RETURN of goods never shipped: 409 (ask for a REFUND, or cancel).
      expectError(
        await ask('test1', order.orderId, { kind: 'RETURN', reason: 'Changed my mind' }),
        409,
        /not shipped/,
      );
      await ship(order.orderId);
      const asked = await ask('test1', order.orderId, { kind: 'RETURN', reason: 'It leaks' });
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({
        order_id: order.orderId,
        kind: 'RETURN',
        status: 'REQUESTED',
        reason: 'It leaks',
        refund_cents: order.totalCents,
        decision_reason: null,
      });
      const requestId = asked.body.request_id as number;
      // One request at a time.
      expectError(await ask('test1', order.orderId, { kind: 'REFUND', reason: 'x' }), 409);
      // A buyer's token is no staff token; a merchandiser lacks aftersales:decide.
      expectError(
        await decide(requestId, { decision: 'APPROVE', reason: 'ok' }, await tokenOf('test1')),
        401,
      );
      expectError(
        await decide(
          requestId,
          { decision: 'APPROVE', reason: 'ok' },
          await staffToken('merch@nestmall.example'),
        ),
        403,
        /aftersales:decide/,
      );
      expectError(await decide(requestId, { decision: 'MAYBE', reason: 'ok' }), 400, /^decision /);
      expectError(await decide(requestId, { decision: 'APPROVE' }), 400, /^reason /);

      const approved = await decide(requestId, { decision: 'APPROVE', reason: 'Send it back' });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'AWAITING_RETURN',
        decision_reason: 'Send it back',
      });
      // Nothing moves until the goods are back.
      expect(await stockOf(sku)).toMatchObject({ available: before.available - 2 });
      expect(await paymentOf('test1', order.paymentId)).toMatchObject({ status: 'SUCCEEDED' });

      const received = await http()
        .post(`/admin/after-sales/${requestId}/return-received`)
        .set('authorization', `Bearer ${await support()}`);
      expect(received.status).toBe(200);
      expect(received.body.status).toBe('REFUNDING');
      await eventually(
        async () => (await stockOf(sku)).available === before.available,
        'the returned units available again',
      );
      expect(await stockOf(sku)).toMatchObject({ sold: before.sold });
      await eventually(
        async () => (await orderOf('test1', order.orderId)).status === 'REFUNDED',
        'the order REFUNDED',
      );
      expect(await paymentOf('test1', order.paymentId)).toMatchObject({ status: 'REFUNDED' });
      const atProvider = await (
        await fetch(`${sandboxes().card.url}/v1/payments/${order.providerId}`)
      ).json();
      expect(atProvider).toMatchObject({ status: 'refunded', amount: order.totalCents });
      expect(await requestsOf('test1', order.orderId)).toEqual([
        expect.objectContaining({ request_id: requestId, status: 'REFUNDED' }),
      ]);
      const timeline = (
        await http()
          .get(`/orders/${order.orderId}/timeline`)
          .set('authorization', `Bearer ${await tokenOf('test1')}`)
          .expect(200)
      ).body.entries.map((e: { cause: string }) => e.cause);
      expect(timeline).toEqual(
        expect.arrayContaining([
          'AfterSalesRequested',
          'AfterSalesApproved',
          'OrderReturned',
          'OrderRefunded',
        ]),
      );
      // Received twice: 409, nothing moves again.
      expectError(
        await http()
          .post(`/admin/after-sales/${requestId}/return-received`)
          .set('authorization', `Bearer ${await support()}`),
        409,
      );
      // The refund's notification, delivered again by the provider: nothing changes.
      await fetch(`${sandboxes().card.url}/sandbox/payments/${order.providerId}/notify`, {
        method: 'POST',
        body: JSON.stringify({ status: 'refunded' }),
      });
      await eventually(
        async () =>
          (await sandboxes().deliveries('card')).filter(
            (d) => d.payment === order.providerId && d.status === 'refunded' && d.answer === 200,
          ).length >= 2,
        'the replayed refund notification delivered',
      );
      const refunds = await databases().payment.query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = 'PaymentRefunded' AND body LIKE ?",
        [`%"payment_id":"${order.paymentId}"%`],
      );
      expect(Number(refunds[0].n)).toBe(1);
      const refunded = await databases().orders.query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = 'OrderRefunded' AND body LIKE ?",
        [`%"order_id":${order.orderId},%`],
      );
      expect(Number(refunded[0].n)).toBe(1);
      expect(await stockOf(sku)).toMatchObject({ available: before.available, sold: before.sold });
    });

    it('a REFUND of a PAID order (never shipped): its units back at approval, the money back', async () => {
      const sku = 'T00101';
      const before = await stockOf(sku);
      const order = await paidOrder('test2', sku, 1, 'wallet');
      const asked = await ask('test2', order.orderId, { kind: 'REFUND', reason: 'Too late' });
      expect(asked.status).toBe(201);
      const approved = await decide(asked.body.request_id, {
        decision: 'APPROVE',
        reason: 'Not shipped yet',
      });
      expect(approved.body.status).toBe('REFUNDING');
      await eventually(
        async () => (await orderOf('test2', order.orderId)).status === 'REFUNDED',
        'REFUNDED',
      );
      await eventually(
        async () => (await stockOf(sku)).available === before.available,
        'the units back',
      );
      expect(await paymentOf('test2', order.paymentId)).toMatchObject({ status: 'REFUNDED' });
      const atProvider = await (
        await fetch(`${sandboxes().wallet.url}/v1/payments/${order.providerId}`)
      ).json();
      expect(atProvider).toMatchObject({ trade_status: 'TRADE_REFUNDED' });
      // A REFUNDED order takes no second request.
      expectError(await ask('test2', order.orderId, { kind: 'REFUND', reason: 'again' }), 409);
    });

    it('a REFUND of a SHIPPED order: the goods stay with the buyer, so the units stay sold', async () => {
      const sku = 'T00102';
      const before = await stockOf(sku);
      const order = await paidOrder('test3', sku);
      await ship(order.orderId);
      const asked = await ask('test3', order.orderId, { kind: 'REFUND', reason: 'Arrived broken' });
      await decide(asked.body.request_id, { decision: 'APPROVE', reason: 'Keep it' });
      await eventually(
        async () => (await orderOf('test3', order.orderId)).status === 'REFUNDED',
        'REFUNDED',
      );
      expect(await stockOf(sku)).toMatchObject({
        available: before.available - 1,
        sold: before.sold + 1,
      });
    });

    it('rejected: the order and the money stay as they were; the buyer may ask again', async () => {
      const order = await paidOrder('test4', 'T00103');
      await ship(order.orderId);
      const asked = await ask('test4', order.orderId, { kind: 'RETURN', reason: 'Meh' });
      const rejected = await decide(asked.body.request_id, {
        decision: 'REJECT',
        reason: 'Used; outside the return window',
      });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'REJECTED',
        decision_reason: 'Used; outside the return window',
      });
      expectError(await decide(asked.body.request_id, { decision: 'APPROVE', reason: 'x' }), 409);
      expect(await orderOf('test4', order.orderId)).toMatchObject({ status: 'SHIPPED' });
      expect(await paymentOf('test4', order.paymentId)).toMatchObject({ status: 'SUCCEEDED' });
      // Staff sees it in the list of rejected requests.
      const listed = await http()
        .get('/admin/after-sales')
        .query({ status: 'REJECTED' })
        .set('authorization', `Bearer ${await support()}`)
        .expect(200);
      expect(listed.body.requests.map((r: { request_id: number }) => r.request_id)).toContain(
        asked.body.request_id,
      );
      expect((await ask('test4', order.orderId, { kind: 'RETURN', reason: 'Really' })).status).toBe(
        201,
      );
    });

    it("another buyer's order is 404; bad input is 400 naming the field; an unpaid order 409", async () => {
      const order = await paidOrder('test5', 'T00104');
      expectError(await ask('test6', order.orderId, { kind: 'REFUND', reason: 'mine?' }), 404);
      expectError(
        await http()
          .get(`/orders/${order.orderId}/after-sales`)
          .set('authorization', `Bearer ${await tokenOf('test6')}`),
        404,
      );
      expectError(await ask('test5', order.orderId, { kind: 'SWAP', reason: 'x' }), 400, /^kind /);
      expectError(
        await ask('test5', order.orderId, { kind: 'REFUND', reason: '' }),
        400,
        /^reason /,
      );
      expectError(
        await ask('test5', order.orderId, { kind: 'REFUND', reason: 'x'.repeat(256) }),
        400,
        /^reason /,
      );
      expectError(
        await http()
          .post(`/orders/${order.orderId}/after-sales`)
          .send({ kind: 'REFUND', reason: 'x' }),
        401,
      );
      const unpaid = await http()
        .post('/orders')
        .set('authorization', `Bearer ${await tokenOf('test5')}`)
        .send({ items: [{ sku_id: 'T00104', quantity: 1 }] })
        .expect(201);
      expectError(
        await ask('test5', unpaid.body.order_id, { kind: 'REFUND', reason: 'x' }),
        409,
        /CREATED/,
      );
      await http()
        .post(`/orders/${unpaid.body.order_id}/cancel`)
        .set('authorization', `Bearer ${await tokenOf('test5')}`)
        .expect(200);
      expectError(
        await http()
          .post('/admin/after-sales/2147483647/decision')
          .set('authorization', `Bearer ${await support()}`)
          .send({ decision: 'APPROVE', reason: 'x' }),
        404,
      );
    });

    it('a forged refund notification is 401 and refunds nothing', async () => {
      const order = await paidOrder('test7', 'T00105');
      const data = {
        id: order.providerId,
        merchant_reference: order.paymentId,
        order_id: order.orderId,
        amount: order.totalCents,
        currency: 'CNY',
        status: 'refunded',
        created: 1,
      };
      const forged = cardNotification('a-guessed-secret-of-some-length', data);
      expectError(
        await http()
          .post('/payments/webhooks/card')
          .set('content-type', 'application/json')
          .set('sandbox-signature', forged.signature)
          .send(forged.body),
        401,
        /bad signature/,
      );
      expect(await paymentOf('test7', order.paymentId)).toMatchObject({ status: 'SUCCEEDED' });
      expect(await orderOf('test7', order.orderId)).toMatchObject({ status: 'PAID' });
    });

    /** Units of `productId` the best sellers count, all time (0: not listed). */
    const rankedUnits = async (productId: number) => {
      const res = await http().get('/rankings/best-sellers?period=all&page_size=100').expect(200);
      const items = res.body.items as { product_id: number; units: number }[];
      return items.find((i) => i.product_id === productId)?.units ?? 0;
    };
    const outboxCount = async (database: TestDatabase, type: string, like: string) =>
      Number(
        (
          await database.query<{ n: number }>(
            'SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = ? AND body LIKE ?',
            [type, like],
          )
        )[0].n,
      );
    const atCard = async (providerId: string) =>
      (await fetch(`${sandboxes().card.url}/v1/payments/${providerId}`)).json() as Promise<{
        status: string;
        amount_refunded: number;
        refunds: { amount: number; merchant_refund_id: string }[];
      }>;

    it('two partial REFUNDs of a shipped order add up to its total: PARTIALLY_REFUNDED, then REFUNDED', async () => {
      // Products 1006 and 1007 are T00106 and T00107 (the demo catalog).
      const [sixBefore, sevenBefore] = [await rankedUnits(1006), await rankedUnits(1007)];
      const stockBefore = await stockOf('T00106');
      const order = await paidOrder('test8', [
        { sku_id: 'T00106', quantity: 3 },
        { sku_id: 'T00107', quantity: 1 },
      ]);
      await ship(order.orderId);
      await eventually(
        async () =>
          (await rankedUnits(1006)) === sixBefore + 3 &&
          (await rankedUnits(1007)) === sevenBefore + 1,
        'the paid order ranked',
      );
      // Bad lines: 400 naming the field; an empty list is refused too.
      const refund = (lines?: object[]) =>
        ask('test8', order.orderId, { kind: 'REFUND', reason: 'Two are broken', lines });
      expectError(await refund([{ sku_id: 'T00999', quantity: 1 }]), 400, /^lines\[0\]\.sku_id /);
      expectError(
        await refund([
          { sku_id: 'T00107', quantity: 1 },
          { sku_id: 'T00106', quantity: 0 },
        ]),
        400,
        /^lines\[1\]\.quantity /,
      );
      expectError(await refund([{ sku_id: 'T00106', quantity: 4 }]), 400, /^lines\[0\]\.quantity /);
      expectError(
        await refund([
          { sku_id: 'T00106', quantity: 1 },
          { sku_id: 'T00106', quantity: 1 },
        ]),
        400,
        /^lines\[1\]\.sku_id /,
      );
      expectError(await refund([]), 400, /^lines /);

      const first = await refund([{ sku_id: 'T00106', quantity: 2 }]);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        kind: 'REFUND',
        status: 'REQUESTED',
        lines: [{ sku_id: 'T00106', quantity: 2 }],
      });
      const firstCents = first.body.refund_cents as number;
      expect(firstCents).toBeGreaterThan(0);
      expect(firstCents).toBeLessThan(order.totalCents);
      await decide(first.body.request_id, { decision: 'APPROVE', reason: 'Sorry' });
      await eventually(
        async () =>
          (await requestsOf('test8', order.orderId)).some(
            (r) => r.request_id === first.body.request_id && r.status === 'REFUNDED',
          ),
        'the first request REFUNDED',
      );
      const partly = await orderOf('test8', order.orderId);
      expect(partly).toMatchObject({ status: 'SHIPPED', refund_status: 'PARTIALLY_REFUNDED' });
      expect(partly.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ sku_id: 'T00106', refunded_quantity: 2, returned_quantity: 0 }),
          expect.objectContaining({ sku_id: 'T00107', refunded_quantity: 0 }),
        ]),
      );
      expect(await paymentOf('test8', order.paymentId)).toMatchObject({
        status: 'SUCCEEDED',
        refunded_cents: firstCents,
      });
      expect(await atCard(order.providerId)).toMatchObject({
        status: 'succeeded',
        amount_refunded: firstCents,
      });
      await eventually(
        async () =>
          (await rankedUnits(1006)) === sixBefore + 1 &&
          (await rankedUnits(1007)) === sevenBefore + 1,
        'the rankings take back the 2 refunded units only',
      );
      // More units than are left: 400 naming the quantity.
      expectError(
        await refund([{ sku_id: 'T00106', quantity: 2 }]),
        400,
        /^lines\[0\]\.quantity must be at most 1 /,
      );

      // No lines: the rest of the order, and the shipping fee with its last unit.
      const rest = await refund();
      expect(rest.status).toBe(201);
      expect(rest.body.lines).toEqual([
        { sku_id: 'T00106', quantity: 1 },
        { sku_id: 'T00107', quantity: 1 },
      ]);
      expect(firstCents + (rest.body.refund_cents as number)).toBe(order.totalCents);
      await decide(rest.body.request_id, { decision: 'APPROVE', reason: 'All of it' });
      await eventually(
        async () => (await orderOf('test8', order.orderId)).status === 'REFUNDED',
        'the order REFUNDED',
      );
      expect(await orderOf('test8', order.orderId)).toMatchObject({ refund_status: 'REFUNDED' });
      expect(await paymentOf('test8', order.paymentId)).toMatchObject({
        status: 'REFUNDED',
        refunded_cents: order.totalCents,
      });
      const atProvider = await atCard(order.providerId);
      expect(atProvider).toMatchObject({ status: 'refunded', amount_refunded: order.totalCents });
      expect(atProvider.refunds.map((r) => r.amount)).toEqual([firstCents, rest.body.refund_cents]);
      await eventually(
        async () =>
          (await rankedUnits(1006)) === sixBefore && (await rankedUnits(1007)) === sevenBefore,
        'the rankings take back the rest',
      );
      // A refund leaves the shipped goods with the buyer: the units stay sold.
      expect(await stockOf('T00106')).toMatchObject({
        available: stockBefore.available - 3,
        sold: stockBefore.sold + 3,
      });
      expect(
        await outboxCount(
          databases().payment,
          'PaymentRefunded',
          `%"payment_id":"${order.paymentId}"%`,
        ),
      ).toBe(2);
      expect(
        await outboxCount(databases().orders, 'OrderRefunded', `%"order_id":${order.orderId},%`),
      ).toBe(2);
      expectError(await refund(), 409);
    });

    it('a partial RETURN: only the returned units come back into stock; the rest follows later', async () => {
      const sku = 'T00108';
      const before = await stockOf(sku);
      const order = await paidOrder('test9', sku, 2, 'wallet');
      await ship(order.orderId);
      const askReturn = (lines?: object[]) =>
        ask('test9', order.orderId, { kind: 'RETURN', reason: 'One is enough', lines });
      const first = await askReturn([{ sku_id: sku, quantity: 1 }]);
      expect(first.status).toBe(201);
      await decide(first.body.request_id, { decision: 'APPROVE', reason: 'Send one back' });
      const receive = async (requestId: number) =>
        http()
          .post(`/admin/after-sales/${requestId}/return-received`)
          .set('authorization', `Bearer ${await support()}`)
          .expect(200);
      await receive(first.body.request_id);
      await eventually(
        async () => (await orderOf('test9', order.orderId)).refund_status === 'PARTIALLY_REFUNDED',
        'the order PARTIALLY_REFUNDED',
      );
      await eventually(
        async () => (await stockOf(sku)).available === before.available - 1,
        'the returned unit available again',
      );
      expect(await stockOf(sku)).toMatchObject({ sold: before.sold + 1 });
      const partly = await orderOf('test9', order.orderId);
      expect(partly).toMatchObject({ status: 'SHIPPED' });
      expect(partly.items[0]).toMatchObject({ returned_quantity: 1, refunded_quantity: 1 });
      const wallet = async () =>
        (await fetch(`${sandboxes().wallet.url}/v1/payments/${order.providerId}`)).json();
      expect(await wallet()).toMatchObject({
        trade_status: 'TRADE_SUCCESS',
        refund_fee: (first.body.refund_cents / 100).toFixed(2),
      });

      const rest = await askReturn();
      expect(rest.body.lines).toEqual([{ sku_id: sku, quantity: 1 }]);
      expect(first.body.refund_cents + rest.body.refund_cents).toBe(order.totalCents);
      await decide(rest.body.request_id, { decision: 'APPROVE', reason: 'The other too' });
      await receive(rest.body.request_id);
      await eventually(
        async () => (await orderOf('test9', order.orderId)).status === 'REFUNDED',
        'the order REFUNDED',
      );
      await eventually(
        async () => (await stockOf(sku)).available === before.available,
        'both units available again',
      );
      expect(await stockOf(sku)).toMatchObject({ sold: before.sold });
      expect(await wallet()).toMatchObject({
        trade_status: 'TRADE_REFUNDED',
        refund_fee: (order.totalCents / 100).toFixed(2),
      });
      expect(await paymentOf('test9', order.paymentId)).toMatchObject({
        status: 'REFUNDED',
        refunded_cents: order.totalCents,
      });
    });

    it('keeps the books: the invariant checker finds nothing wrong', async () => {
      await eventually(async () => {
        const report = (
          await http().get('/admin/invariants').set('x-admin-token', shop().adminToken).expect(200)
        ).body;
        return report.ok === true;
      }, 'a quiet, clean report');
      const report = (
        await http().get('/admin/invariants').set('x-admin-token', shop().adminToken).expect(200)
      ).body;
      expect(report).toMatchObject({ ok: true, problems: [], unfinished_transactions: [] });
    });
  });
}
