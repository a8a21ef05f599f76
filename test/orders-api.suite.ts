import request from 'supertest';
import type { TestDatabase } from './support/databases.js';
import { eventually, payThroughSandbox } from './support/payment-sandbox.js';
import type { ShopUnderTest } from './support/shop.js';

type Http = ReturnType<typeof request>;

interface Stock {
  sku_id: string;
  available: number;
  frozen: number;
  sold: number;
}

function expectError(res: request.Response, status: number, message?: string | RegExp): void {
  expect({ status: res.status, body: res.body }).toMatchObject({
    status,
    body: { status, error: expect.any(String), message: expect.any(String) },
  });
  if (message) expect(res.body.message).toMatch(message);
}

/**
 * Orders and inventory through the REST edge (the course's TCC example), against whichever
 * topology `shop()` runs; `database()` is the database holding the catalog (to put a SKU off
 * shelf, which no route does yet). Each test uses its own SKUs, so the order of tests matters
 * only where it says so.
 */
export function ordersApiSuite(
  name: string,
  shop: () => ShopUnderTest,
  catalogDatabase: () => TestDatabase,
): void {
  describe(`orders API (${name})`, () => {
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

    async function order(
      user: string,
      items: { sku_id: string; quantity: number }[],
      key?: string,
    ) {
      const req = http()
        .post('/orders')
        .set('authorization', `Bearer ${await tokenOf(user)}`);
      if (key) req.set('idempotency-key', key);
      return req.send({ items });
    }

    async function stock(sku: string): Promise<Stock> {
      return (await http().get(`/skus/${sku}/stock`).expect(200)).body;
    }

    async function invariants() {
      return (
        await http().get('/admin/invariants').set('x-admin-token', shop().adminToken).expect(200)
      ).body;
    }

    it('lists the ten demo products with their SKUs and prices in cents', async () => {
      const res = await http().get('/products').expect(200);
      expect(res.body).toHaveLength(10);
      expect(res.body[0]).toEqual({
        product_id: 1000,
        name: 'Demo product 1000',
        skus: [
          {
            sku_id: 'T00100',
            product_id: 1000,
            title: expect.any(String),
            price_cents: 1990,
            on_shelf: true,
          },
        ],
        images: [
          'https://img.nestmall.example/products/1000/front.jpg',
          'https://img.nestmall.example/products/1000/side.jpg',
        ],
      });
    });

    it('answers the stock of a SKU, 404 for an unknown one, 400 for a malformed one', async () => {
      expect(await stock('T00108')).toEqual({
        sku_id: 'T00108',
        available: 100,
        frozen: 0,
        sold: 0,
      });
      expectError(await http().get('/skus/T99999/stock'), 404, /T99999/);
      expectError(await http().get('/skus/t-1/stock'), 400, /sku_id/);
    });

    it('needs a valid access token to order', async () => {
      expectError(
        await http()
          .post('/orders')
          .send({ items: [{ sku_id: 'T00100', quantity: 1 }] }),
        401,
      );
      const bad = await http()
        .post('/orders')
        .set('authorization', 'Bearer not.a.token')
        .send({ items: [{ sku_id: 'T00100', quantity: 1 }] });
      expectError(bad, 401, /invalid or expired/);
    });

    it('places an order: CREATED, amounts in cents, stock frozen then deducted', async () => {
      const res = await order('test1', [{ sku_id: 'T00100', quantity: 2 }]);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        user_id: 1,
        status: 'CREATED',
        items: [{ sku_id: 'T00100', quantity: 2, unit_price_cents: 1990, line_total_cents: 3980 }],
        subtotal_cents: 3980,
        shipping_cents: 1000,
        total_cents: 4980,
        failure_reason: null,
      });
      expect(await stock('T00100')).toEqual({
        sku_id: 'T00100',
        available: 98,
        frozen: 0,
        sold: 2,
      });

      const mine = await http()
        .get(`/orders/${res.body.order_id}`)
        .set('authorization', `Bearer ${await tokenOf('test1')}`);
      expect(mine.status).toBe(200);
      expect(mine.body.order_id).toBe(res.body.order_id);
      const theirs = await http()
        .get(`/orders/${res.body.order_id}`)
        .set('authorization', `Bearer ${await tokenOf('test2')}`);
      expectError(theirs, 404);
      const list = await http()
        .get('/orders')
        .set('authorization', `Bearer ${await tokenOf('test1')}`)
        .expect(200);
      expect(list.body.orders.map((o: { order_id: number }) => o.order_id)).toContain(
        res.body.order_id,
      );
      expect(list.body).toMatchObject({ page_num: 1, page_size: 10 });
    });

    it('ships free from 99.00', async () => {
      const res = await order('test3', [{ sku_id: 'T00104', quantity: 2 }]); // 2 x 5990
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        subtotal_cents: 11980,
        shipping_cents: 0,
        total_cents: 11980,
      });
    });

    it.each([
      [[{ sku_id: 'T00100', quantity: 0 }], 400, /quantity/],
      [[{ sku_id: 'T00100', quantity: 1000 }], 400, /quantity/],
      [[{ sku_id: 'T00100', quantity: 1.5 }], 400, /quantity/],
      [[{ sku_id: 'T00100', quantity: '1' }], 400, /quantity/],
      [[{ sku_id: 'abc', quantity: 1 }], 400, /sku_id/],
      [[], 400, /items/],
      [
        [
          { sku_id: 'T00100', quantity: 1 },
          { sku_id: 'T00100', quantity: 1 },
        ],
        400,
        /T00100 appears twice/,
      ],
      [[{ sku_id: 'T99999', quantity: 1 }], 404, /T99999/],
    ])('refuses items %j with %i', async (items, status, message) => {
      expectError(await order('test4', items as never), status, message);
    });

    it('refuses unknown fields and a missing body with 400', async () => {
      const token = await tokenOf('test4');
      const extra = await http()
        .post('/orders')
        .set('authorization', `Bearer ${token}`)
        .send({ items: [{ sku_id: 'T00100', quantity: 1 }], coupon: 'FREE' });
      expectError(extra, 400, /coupon/);
      expectError(
        await http().post('/orders').set('authorization', `Bearer ${token}`).send({}),
        400,
        /items/,
      );
    });

    it('refuses an order beyond the stock with 409 naming the SKU, changing nothing', async () => {
      expect((await order('test5', [{ sku_id: 'T00101', quantity: 99 }])).status).toBe(201);
      const before = await stock('T00102');
      const refused = await order('test5', [
        { sku_id: 'T00102', quantity: 1 },
        { sku_id: 'T00101', quantity: 2 },
      ]);
      expectError(refused, 409, /not enough stock for T00101: 1 available, 2 wanted/);
      expect(await stock('T00101')).toEqual({
        sku_id: 'T00101',
        available: 1,
        frozen: 0,
        sold: 99,
      });
      expect(await stock('T00102')).toEqual(before); // all or nothing: T00102 was not kept frozen
    });

    it('refuses a SKU off shelf with 409', async () => {
      await catalogDatabase().execute(
        "UPDATE catalog_sku SET on_shelf = 0 WHERE sku_id = 'T00107'",
      );
      try {
        expectError(
          await order('test6', [{ sku_id: 'T00107', quantity: 1 }]),
          409,
          /T00107 is off shelf/,
        );
        expect(await stock('T00107')).toMatchObject({ available: 100, frozen: 0 });
      } finally {
        await catalogDatabase().execute(
          "UPDATE catalog_sku SET on_shelf = 1 WHERE sku_id = 'T00107'",
        );
      }
    });

    it('answers a repeated Idempotency-Key with the first order, even concurrently', async () => {
      const first = await order('test7', [{ sku_id: 'T00103', quantity: 1 }], 'key-a');
      expect(first.status).toBe(201);
      const again = await order('test7', [{ sku_id: 'T00103', quantity: 1 }], 'key-a');
      expect(again.body.order_id).toBe(first.body.order_id);
      // The same key with another body is not that order: 422 naming the key, nothing placed.
      expectError(
        await order('test7', [{ sku_id: 'T00103', quantity: 2 }], 'key-a'),
        422,
        /Idempotency-Key "key-a" was already used for a different order/,
      );

      const burst = await Promise.all(
        [1, 2, 3, 4, 5].map(() => order('test7', [{ sku_id: 'T00103', quantity: 1 }], 'key-b')),
      );
      expect(burst.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(burst.map((r) => r.body.order_id)).size).toBe(1);
      expect(await stock('T00103')).toEqual({
        sku_id: 'T00103',
        available: 98,
        frozen: 0,
        sold: 2,
      });

      // The key belongs to its user: another user with the same key gets an order of their own.
      const other = await order('test8', [{ sku_id: 'T00103', quantity: 1 }], 'key-a');
      expect(other.status).toBe(201);
      expect(other.body.order_id).not.toBe(first.body.order_id);
      for (const badKey of ['bad key!', 'k'.repeat(65)]) {
        expectError(
          await order('test7', [{ sku_id: 'T00103', quantity: 1 }], badKey),
          400,
          /Idempotency-Key/,
        );
      }
    });

    it('cancels an order not yet shipped: CANCELLED, its units back to available, once', async () => {
      const placed = await order('test9', [{ sku_id: 'T00105', quantity: 3 }]);
      expect(await stock('T00105')).toEqual({
        sku_id: 'T00105',
        available: 97,
        frozen: 0,
        sold: 3,
      });
      const token = await tokenOf('test9');
      const cancel = () =>
        http()
          .post(`/orders/${placed.body.order_id}/cancel`)
          .set('authorization', `Bearer ${token}`);
      const cancelled = await cancel();
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('CANCELLED');
      expect((await cancel()).body.status).toBe('CANCELLED');
      expect(await stock('T00105')).toEqual({
        sku_id: 'T00105',
        available: 100,
        frozen: 0,
        sold: 0,
      });

      const someoneElse = await http()
        .post(`/orders/${placed.body.order_id}/cancel`)
        .set('authorization', `Bearer ${await tokenOf('test10')}`);
      expectError(someoneElse, 404);
    });

    it('refuses to cancel an order that failed', async () => {
      const failed = await order('test9', [{ sku_id: 'T00101', quantity: 50 }]);
      expectError(failed, 409);
      const list = await http()
        .get('/orders')
        .set('authorization', `Bearer ${await tokenOf('test9')}`)
        .expect(200);
      const failedOrder = list.body.orders.find((o: { status: string }) => o.status === 'FAILED');
      expect(failedOrder.failure_reason).toMatch(/not enough stock for T00101/);
      const res = await http()
        .post(`/orders/${failedOrder.order_id}/cancel`)
        .set('authorization', `Bearer ${await tokenOf('test9')}`);
      expectError(res, 409, /FAILED/);
    });

    it('pays a CREATED order through the sandbox provider once (PAID), and a paid order can still be cancelled', async () => {
      // After the cancel test: T00105 holds its 100 units again.
      const placed = await order('test9', [{ sku_id: 'T00105', quantity: 2 }]);
      expect(placed.status).toBe(201);
      const token = await tokenOf('test9');
      const id = placed.body.order_id;
      // POST /orders/{id}/pay is gone: an order is PAID only by its provider's confirmation.
      expectError(
        await http().post(`/orders/${id}/pay`).set('authorization', `Bearer ${token}`),
        404,
      );
      const payment = await payThroughSandbox(http, token, id);
      expect(payment.payment_id).toBe(`pay_${id}_1`);
      const again = () =>
        http()
          .post('/payments')
          .set('authorization', `Bearer ${token}`)
          .send({ order_id: id, method: 'card' });
      expectError(await again(), 409, /PAID and cannot be paid/);
      const cancelled = await http()
        .post(`/orders/${id}/cancel`)
        .set('authorization', `Bearer ${token}`);
      expect(cancelled.body.status).toBe('CANCELLED');
      expectError(await again(), 409, /CANCELLED and cannot be paid/);
      expect(await stock('T00105')).toMatchObject({ available: 100, frozen: 0, sold: 0 });
    });

    it('pays and cancels concurrently: the order ends CANCELLED and its money goes back', async () => {
      const token = await tokenOf('test12');
      const as = (req: request.Test) => req.set('authorization', `Bearer ${token}`);
      for (let round = 0; round < 4; round++) {
        const placed = await order('test12', [{ sku_id: 'T00106', quantity: 1 }]);
        expect(placed.status).toBe(201);
        const id = placed.body.order_id;
        const started = await as(http().post('/payments')).send({ order_id: id, method: 'card' });
        expect(started.status).toBe(201);
        const [approved, cancelled, again] = await Promise.all([
          fetch(`${started.body.checkout_url}/approve`, { method: 'POST' }),
          as(http().post(`/orders/${id}/cancel`)),
          as(http().post(`/orders/${id}/cancel`)),
        ]);
        // A cancel of a CREATED or PAID order, or a repeated one, is CANCELLED (200).
        for (const res of [cancelled, again])
          expect({ status: res.status, order: res.body.status }).toEqual({
            status: 200,
            order: 'CANCELLED',
          });
        // The buyer paid before the provider heard of the cancel (then refunded), or too late.
        expect([200, 409]).toContain(approved.status);
        await eventually(async () => {
          const p = await as(http().get(`/payments/${started.body.payment_id}`));
          return p.body.status === (approved.status === 200 ? 'REFUNDED' : 'CANCELLED');
        }, `payment of order ${id} settled`);
        expect((await as(http().get(`/orders/${id}`))).body.status).toBe('CANCELLED');
      }
      expect(await stock('T00106')).toMatchObject({ frozen: 0, sold: 0 });
    });

    it('sells exactly 100 of 100 units to 300 concurrent one-unit orders, never below zero', async () => {
      const users = Array.from({ length: 15 }, (_, i) => `test${i + 1}`);
      for (const user of users) await tokenOf(user); // one argon2 verification at a time
      const seen: Stock[] = [];
      let burstDone = false;
      const watcher = (async () => {
        while (!burstDone) seen.push(await stock('T00109'));
      })();
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          order(users[i % users.length], [{ sku_id: 'T00109', quantity: 1 }]),
        ),
      );
      burstDone = true;
      await watcher;

      const statuses = answers.reduce<Record<number, number>>(
        (acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }),
        {},
      );
      expect(statuses).toEqual({ 201: 100, 409: 200 });
      expect(
        answers.filter((a) => a.status === 201).every((a) => a.body.status === 'CREATED'),
      ).toBe(true);
      expect(await stock('T00109')).toEqual({
        sku_id: 'T00109',
        available: 0,
        frozen: 0,
        sold: 100,
      });
      expect(seen.length).toBeGreaterThan(0);
      for (const s of seen) {
        expect(Math.min(s.available, s.frozen, s.sold)).toBeGreaterThanOrEqual(0);
        expect(s.available + s.frozen + s.sold).toBe(100);
      }
    }, 120_000);

    it('keeps the books: the invariant checker finds nothing wrong (and is admin-only)', async () => {
      expectError(await http().get('/admin/invariants'), 401);
      expectError(
        await http().get('/admin/invariants').set('x-admin-token', 'wrong-token-wrong-token'),
        401,
      );
      const report = await invariants();
      expect(report).toMatchObject({
        ok: true,
        skus_checked: 10,
        problems: [],
        unfinished_transactions: [],
      });
      const transactions = await http()
        .get('/admin/transactions')
        .set('x-admin-token', shop().adminToken)
        .expect(200);
      expect(transactions.body).toEqual([]);
    });

    it('the invariant checker reports a broken ledger', async () => {
      await catalogDatabase().execute(
        "UPDATE inventory_stock SET available = available + 1 WHERE sku_id = 'T00108'",
      );
      try {
        const report = await invariants();
        expect(report.ok).toBe(false);
        expect(report.problems).toEqual([
          'T00108: available 101 + frozen 0 + sold 0 != 100 received',
        ]);
      } finally {
        await catalogDatabase().execute(
          "UPDATE inventory_stock SET available = available - 1 WHERE sku_id = 'T00108'",
        );
      }
    });
  });
}
