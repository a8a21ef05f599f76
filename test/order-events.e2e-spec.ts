import request from 'supertest';
import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import type { InProcessShop } from './support/mall.js';
import { payThroughSandbox, startPayingMall } from './support/payment-sandbox.js';

/**
 * In the monolith, the orders context's integration events (OrderPlaced, OrderPaid,
 * OrderCancelled) leave
 * through its outbox, written in the same local transaction as the status change, and reach the
 * ranking context's sales counter in-process, once each.
 */
/** The events the sales counter hears (OrderStatusChanged, for the IM's push, goes out too). */
const SALE_EVENTS = "('OrderPlaced', 'OrderPaid', 'OrderCancelled')";

const targets: [string, TestDatabase | null][] = [
  ['SQLite', sqliteDatabase()],
  ['MariaDB', await mariadbDatabase('nestmall_events_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`order events on ${name}: no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(`order events in the monolith on ${name}`, () => {
    let shop: InProcessShop;
    beforeAll(async () => {
      // The payments go through the sandbox providers (real HTTP processes).
      shop = await startPayingMall(database.url, { OUTBOX_RELAY_INTERVAL_MS: '50' });
    });
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });

    async function until(check: () => Promise<boolean>): Promise<void> {
      const deadline = Date.now() + 10_000;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    it('counts units sold and paid per SKU from OrderPlaced, OrderPaid and OrderCancelled, each once', async () => {
      const http = () => request(shop.http as never);
      const token = (
        await http().post('/auth/login').send({ user_name: 'test2', password: '123456' })
      ).body.access_token;
      const order = (items: object[]) =>
        http().post('/orders').set('authorization', `Bearer ${token}`).send({ items });
      const first = await order([
        { sku_id: 'T00100', quantity: 2 },
        { sku_id: 'T00101', quantity: 1 },
      ]);
      const second = await order([{ sku_id: 'T00101', quantity: 3 }]);
      expect([first.status, second.status]).toEqual([201, 201]);
      const post = (path: string) =>
        http().post(path).set('authorization', `Bearer ${token}`).expect(200);
      await payThroughSandbox(http, token, first.body.order_id);
      // Paid once: paying again is refused, no second OrderPaid.
      await http()
        .post('/payments')
        .set('authorization', `Bearer ${token}`)
        .send({ order_id: first.body.order_id, method: 'card' })
        .expect(409);
      await payThroughSandbox(http, token, second.body.order_id, 'wallet');
      await post(`/orders/${second.body.order_id}/cancel`); // a paid order: paid units go back
      expectBadRequest(
        await order([
          { sku_id: 'T00102', quantity: 99 },
          { sku_id: 'T00102', quantity: 99 },
        ]),
      );

      const counts = async () =>
        Object.fromEntries(
          (
            await database.query<{ sku_id: string; units: number; paid_units: number }>(
              'SELECT sku_id, units, paid_units FROM ranking_sku_sales ORDER BY sku_id',
            )
          ).map((r) => [r.sku_id, [Number(r.units), Number(r.paid_units)]]),
        );
      const published = async () =>
        (
          await database.query<{ n: number }>(
            `SELECT COUNT(*) AS n FROM messaging_outbox WHERE published_at_ms IS NOT NULL AND type IN ${SALE_EVENTS}`,
          )
        )[0].n;
      await until(async () => Number(await published()) === 5);
      // [units sold, units paid]: the second order was placed, paid, then cancelled.
      expect(await counts()).toEqual({ T00100: [2, 2], T00101: [1, 1] });
      const types = await database.query<{ type: string }>(
        `SELECT type FROM messaging_outbox WHERE type IN ${SALE_EVENTS} ORDER BY created_at_ms`,
      );
      expect(types.map((t) => t.type)).toEqual([
        'OrderPlaced',
        'OrderPlaced',
        'OrderPaid',
        'OrderPaid',
        'OrderCancelled',
      ]);
      const inbox = await database.query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM messaging_inbox WHERE consumer = 'ranking.sku-sales'",
      );
      expect(Number(inbox[0].n)).toBe(5);

      // The order events' lines say each SKU's product and category as the catalog had them at
      // placement (the rankings need not ask the catalog again).
      const catalog = await database.query<{
        sku_id: string;
        product_id: number;
        category_id: number | null;
      }>(
        `SELECT s.sku_id, s.product_id, p.category_id FROM catalog_sku s
           JOIN catalog_product p ON p.product_id = s.product_id WHERE s.sku_id IN ('T00100', 'T00101')`,
      );
      const expected = Object.fromEntries(
        catalog.map((r) => [
          r.sku_id,
          {
            product_id: Number(r.product_id),
            category_id: r.category_id === null ? null : Number(r.category_id),
          },
        ]),
      );
      const [placed] = await database.query<{ body: string }>(
        "SELECT body FROM messaging_outbox WHERE type = 'OrderPlaced' ORDER BY created_at_ms LIMIT 1",
      );
      expect(JSON.parse(placed.body).payload.items).toEqual([
        { sku_id: 'T00100', quantity: 2, ...expected.T00100 },
        { sku_id: 'T00101', quantity: 1, ...expected.T00101 },
      ]);
      expect(expected.T00100.product_id).toEqual(expect.any(Number));
    });
  });
}

function expectBadRequest(res: request.Response): void {
  expect(res.status).toBe(400);
}
