import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { claimedCoupon, couponStatus, merchToken } from './support/coupons.js';
import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { freePort, startMall, type InProcessShop } from './support/mall.js';
import { logIn, waitForCleanBooks } from './support/order-burst.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { E2E_ADMIN_TOKEN } from './support/shop.js';
import { startSplit, type SplitShop } from './support/split.js';
import { call as jsonCall } from './support/json-call.js';

/**
 * ORDER_CONSISTENCY=message, the course's BASE alternative to TCC (a two-phase message): the
 * order commits PENDING with OrderRequested in its outbox, the inventory deducts or rejects it,
 * and a rejection fails the order (compensation). In the monolith the events go through the
 * in-process bus; in the split topology through RabbitMQ, between processes and databases.
 */
const MESSAGE = { ORDER_CONSISTENCY: 'message' };
const demoScript = join(import.meta.dirname, '../scripts/demo-orders.mjs');

interface OrderBody {
  order_id: number;
  status: string;
  failure_reason: string | null;
}

/** A JSON call whose body is an order's (or an error's). */
const call = (...args: Parameters<typeof jsonCall>) =>
  jsonCall<OrderBody & Record<string, unknown>>(...args);

/** Polls GET /orders/:id until the order has left PENDING. */
async function settled(url: string, token: string, orderId: number): Promise<OrderBody> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { body } = await call(url, 'GET', `/orders/${orderId}`, token);
    if (body.status !== 'PENDING') return body;
    if (Date.now() > deadline) throw new Error(`order ${orderId} still PENDING after 30 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stock(url: string, sku: string) {
  return (await call(url, 'GET', `/skus/${sku}/stock`)).body as unknown as {
    available: number;
    frozen: number;
    sold: number;
  };
}

/** Runs `npm run demo:orders` against `url`; returns the units sold between before and after. */
async function runDemo(url: string): Promise<{ sold: number; stdout: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [demoScript], {
    env: { ...process.env, SHOP_URL: url },
    timeout: 120_000,
  });
  const sold = (title: string) =>
    stdout
      .split(title)[1]
      .split('\n')
      .slice(1, 11)
      .reduce((sum, line) => sum + Number(/sold (\d+)/.exec(line)![1]), 0);
  return { sold: sold('stock after:') - sold('stock before:'), stdout };
}

/** The same checks on the monolith and on the split topology. */
function messageModeSuite(
  title: string,
  url: () => string,
  inventoryDb: () => TestDatabase,
  ordersDb: () => TestDatabase,
): void {
  describe(title, () => {
    let tokens: string[];
    beforeAll(async () => {
      tokens = await logIn(url(), ['test1', 'test2', 'test3', 'test4', 'test5']);
    });

    // First, while every SKU still has its demo stock.
    it('demo:orders places 50 random one-unit orders and sells exactly 50 units', async () => {
      const { sold, stdout } = await runDemo(url());
      expect(sold).toBe(50);
      expect(stdout).toContain('50 orders: 50 created, 0 refused');
      await waitForCleanBooks(url, E2E_ADMIN_TOKEN, 60_000);
    }, 150_000);

    it('answers PENDING at once, then the inventory deducts and the order becomes CREATED', async () => {
      const before = await stock(url(), 'T00101');
      const placed = await call(url(), 'POST', '/orders', tokens[0], {
        items: [{ sku_id: 'T00101', quantity: 2 }],
      });
      expect(placed.status).toBe(201);
      expect(placed.body.status).toBe('PENDING');
      const order = await settled(url(), tokens[0], placed.body.order_id);
      expect(order.status).toBe('CREATED');
      expect(await stock(url(), 'T00101')).toEqual({
        sku_id: 'T00101',
        available: before.available - 2,
        frozen: 0,
        sold: before.sold + 2,
      });
    });

    it('fails the order when the inventory rejects it, and moves no unit of any line', async () => {
      // Leave T00106 with less than 5 units (orders of at most 99 each).
      for (let left = (await stock(url(), 'T00106')).available; left >= 5;) {
        const take = await call(url(), 'POST', '/orders', tokens[4], {
          items: [{ sku_id: 'T00106', quantity: Math.min(99, left) }],
        });
        expect((await settled(url(), tokens[4], take.body.order_id)).status).toBe('CREATED');
        left = (await stock(url(), 'T00106')).available;
      }
      const [a, b] = [await stock(url(), 'T00102'), await stock(url(), 'T00106')];
      // T00102 could be deducted (and comes first), T00106 cannot: neither may move.
      const placed = await call(url(), 'POST', '/orders', tokens[1], {
        items: [
          { sku_id: 'T00106', quantity: 5 },
          { sku_id: 'T00102', quantity: 1 },
        ],
      });
      expect(placed.status).toBe(201);
      const order = await settled(url(), tokens[1], placed.body.order_id);
      expect(order.status).toBe('FAILED');
      expect(order.failure_reason).toMatch(/not enough stock for T00106/);
      expect(await stock(url(), 'T00102')).toEqual(a);
      expect(await stock(url(), 'T00106')).toEqual(b);
    });

    it('gives the same order again for the same Idempotency-Key', async () => {
      const body = { items: [{ sku_id: 'T00104', quantity: 1 }] };
      const key = { 'idempotency-key': `message-${Date.now()}` };
      const first = await call(url(), 'POST', '/orders', tokens[2], body, key);
      const again = await call(url(), 'POST', '/orders', tokens[2], body, key);
      expect(first.status).toBe(201);
      expect(again.body.order_id).toBe(first.body.order_id);
      expect((await settled(url(), tokens[2], first.body.order_id)).status).toBe('CREATED');
    });

    it('cancels a CREATED order and returns its units once', async () => {
      const placed = await call(url(), 'POST', '/orders', tokens[3], {
        items: [{ sku_id: 'T00105', quantity: 3 }],
      });
      await settled(url(), tokens[3], placed.body.order_id);
      const before = await stock(url(), 'T00105');
      const cancelled = await call(
        url(),
        'POST',
        `/orders/${placed.body.order_id}/cancel`,
        tokens[3],
      );
      expect(cancelled.body.status).toBe('CANCELLED');
      // BASE: the inventory returns the units when it handles OrderCancelled.
      const deadline = Date.now() + 20_000;
      while ((await stock(url(), 'T00105')).sold !== before.sold - 3 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(await stock(url(), 'T00105')).toMatchObject({
        available: before.available + 3,
        sold: before.sold - 3,
      });
    });

    it('sells exactly the stock to 300 concurrent buyers of 100 units, never more', async () => {
      // T00107 is touched by no other test here; restock nothing: it holds its demo 100.
      const start = await stock(url(), 'T00107');
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          call(url(), 'POST', '/orders', tokens[i % tokens.length], {
            items: [{ sku_id: 'T00107', quantity: 1 }],
          }),
        ),
      );
      expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
      await waitForCleanBooks(url, E2E_ADMIN_TOKEN, 90_000);
      const ids = answers.map((a) => a.body.order_id);
      const statuses = await ordersDb().query<{ status: string; n: number }>(
        `SELECT status, COUNT(*) AS n FROM orders_order
          WHERE order_id IN (${ids.map(() => '?').join(',')}) GROUP BY status`,
        ids,
      );
      const count = Object.fromEntries(statuses.map((r) => [r.status, Number(r.n)]));
      expect(count).toEqual({ CREATED: start.available, FAILED: 300 - start.available });
      expect(await stock(url(), 'T00107')).toMatchObject({
        available: 0,
        frozen: 0,
        sold: start.sold + start.available,
      });
      // Each request was handled once: one inbox row per OrderRequested, one answer each.
      const [inbox] = await inventoryDb().query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM messaging_inbox WHERE consumer = 'inventory.order-requests'",
      );
      const [requested] = await ordersDb().query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = 'OrderRequested'",
      );
      expect(Number(inbox.n)).toBe(Number(requested.n));
    }, 120_000);

    describe('with a coupon: the marketing context is the second participant', () => {
      let staff = '';
      const couponOf = async (user: number, name: string) => {
        staff ||= await merchToken(url());
        return claimedCoupon(url(), staff, tokens[user], name);
      };
      const couponStatusOf = (user: number, couponId: number) =>
        couponStatus(url(), tokens[user], couponId);
      async function eventually(what: string, probe: () => Promise<boolean>): Promise<void> {
        const deadline = Date.now() + 30_000;
        while (!(await probe())) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      }

      it('stock and coupon yes: PENDING, then CREATED with the coupon USED; a used coupon is refused naming coupon_id, its stock given back', async () => {
        const couponId = await couponOf(0, 'message coupon');
        const before = await stock(url(), 'T00103');
        const placed = await call(url(), 'POST', '/orders', tokens[0], {
          items: [{ sku_id: 'T00103', quantity: 1 }],
          coupon_id: couponId,
        });
        expect(placed.status).toBe(201);
        expect(placed.body).toMatchObject({
          status: 'PENDING',
          coupon_id: couponId,
          discount_cents: 1000,
        });
        expect((await settled(url(), tokens[0], placed.body.order_id)).status).toBe('CREATED');
        expect(await couponStatusOf(0, couponId)).toBe('USED');

        // Used: the inventory deducts, the marketing context refuses, the order fails naming the
        // field, and OrderRejected gives the unit back.
        const again = await call(url(), 'POST', '/orders', tokens[0], {
          items: [{ sku_id: 'T00103', quantity: 2 }],
          coupon_id: couponId,
        });
        expect(again.status).toBe(201);
        const failed = await settled(url(), tokens[0], again.body.order_id);
        expect(failed.status).toBe('FAILED');
        expect(failed.failure_reason).toMatch(new RegExp(`coupon_id ${couponId}: .*is used`));
        await eventually('the stock given back', async () => {
          const now = await stock(url(), 'T00103');
          return now.sold === before.sold + 1 && now.available === before.available - 1;
        });
        expect(await couponStatusOf(0, couponId)).toBe('USED');
        await waitForCleanBooks(url, E2E_ADMIN_TOKEN, 60_000);
      }, 90_000);

      it('stock refused, coupon used: the order fails naming the SKU and the coupon comes back', async () => {
        const couponId = await couponOf(1, 'message coupon back');
        const before = await stock(url(), 'T00106'); // fewer than 5 left (the test above)
        const placed = await call(url(), 'POST', '/orders', tokens[1], {
          items: [{ sku_id: 'T00106', quantity: 5 }],
          coupon_id: couponId,
        });
        expect(placed.status).toBe(201);
        const failed = await settled(url(), tokens[1], placed.body.order_id);
        expect(failed.status).toBe('FAILED');
        expect(failed.failure_reason).toMatch(/not enough stock for T00106/);
        await eventually(
          'the coupon AVAILABLE again',
          async () => (await couponStatusOf(1, couponId)) === 'AVAILABLE',
        );
        expect(await stock(url(), 'T00106')).toEqual(before);
        // And it pays for the next order.
        const next = await call(url(), 'POST', '/orders', tokens[1], {
          items: [{ sku_id: 'T00103', quantity: 1 }],
          coupon_id: couponId,
        });
        expect((await settled(url(), tokens[1], next.body.order_id)).status).toBe('CREATED');
        expect(await couponStatusOf(1, couponId)).toBe('USED');
      }, 90_000);

      it('uses one coupon once when five orders race for it: one CREATED, four FAILED, their units back', async () => {
        const couponId = await couponOf(2, 'message race');
        const before = await stock(url(), 'T00103');
        const race = await Promise.all(
          [1, 2, 3, 4, 5].map(() =>
            call(url(), 'POST', '/orders', tokens[2], {
              items: [{ sku_id: 'T00103', quantity: 1 }],
              coupon_id: couponId,
            }),
          ),
        );
        expect(race.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
        const outcomes = await Promise.all(
          race.map((r) => settled(url(), tokens[2], r.body.order_id)),
        );
        expect(outcomes.map((o) => o.status).sort()).toEqual([
          'CREATED',
          'FAILED',
          'FAILED',
          'FAILED',
          'FAILED',
        ]);
        for (const o of outcomes.filter((x) => x.status === 'FAILED'))
          expect(o.failure_reason).toMatch(new RegExp(`^coupon_id ${couponId}: `));
        await waitForCleanBooks(url, E2E_ADMIN_TOKEN, 60_000);
        expect(await stock(url(), 'T00103')).toMatchObject({
          available: before.available - 1,
          sold: before.sold + 1,
          frozen: 0,
        });
        expect(await couponStatusOf(2, couponId)).toBe('USED');
      }, 90_000);
    });
  });
}

const rabbit = await rabbitmqAvailable('the split two-phase message tests');
const users = rabbit ? await mariadbDatabase('mall_user_msg') : null;
const inventory = users ? await mariadbDatabase('mall_inventory_msg') : null;
const orders = inventory ? await mariadbDatabase('mall_order_msg') : null;
const splitReady = Boolean(users && inventory && orders);

describe('ORDER_CONSISTENCY=message', () => {
  describe('monolith (SQLite, in-process bus)', () => {
    const database = sqliteDatabase();
    let shop: InProcessShop;
    let url = '';
    beforeAll(async () => {
      shop = await startMall(database.url, MESSAGE);
      const port = await freePort();
      await shop.app.listen(port, '127.0.0.1');
      url = `http://127.0.0.1:${port}`;
    });
    afterAll(async () => {
      await shop?.close();
      process.env.ORDER_CONSISTENCY = 'tcc';
      await database.drop();
    });
    messageModeSuite(
      'two-phase message in one process',
      () => url,
      () => database,
      () => database,
    );
  });

  describe('split topology (MariaDB, RabbitMQ)', () => {
    if (!splitReady) {
      it.skip('two-phase message between processes: no MariaDB or RabbitMQ, see above', () => {});
      return;
    }
    let shop: SplitShop | undefined;
    beforeAll(async () => {
      shop = await startSplit({
        databases: { users: users!.url, inventory: inventory!.url, orders: orders!.url },
        env: MESSAGE,
      });
    }, 120_000);
    afterAll(async () => {
      await shop?.close();
      await Promise.all([users?.drop(), inventory?.drop(), orders?.drop()]);
    });
    messageModeSuite(
      'two-phase message between processes',
      () => shop!.http,
      () => inventory!,
      () => orders!,
    );

    it('loses and doubles nothing when the inventory-service (the consumer) is killed mid-stream', async () => {
      const http = shop!.http;
      const tokens = await logIn(http, ['test6', 'test7', 'test8']);
      await inventory!.execute(
        "UPDATE inventory_stock SET available = available + 1000, total_in = total_in + 1000 WHERE sku_id = 'T00108'",
      );
      const ids: number[] = [];
      let placing = true;
      const placer = async (w: number) => {
        for (let i = 0; placing && i < 100; i++) {
          const res = await call(http, 'POST', '/orders', tokens[w % 3], {
            items: [{ sku_id: 'T00108', quantity: 1 }],
          }).catch(() => null);
          if (res?.status === 201) ids.push(res.body.order_id);
        }
      };
      const placers = Promise.all(Array.from({ length: 8 }, (_, w) => placer(w)));
      // Orders keep coming (the order-service only needs the catalog... which the inventory
      // hosts: while it is down, new orders get 503; those in flight wait in queues).
      await new Promise((r) => setTimeout(r, 1500));
      await shop!.inventory!.kill();
      // The edge says which service is down: the inventory-service's (catalog), not the order-service.
      const refused = await call(http, 'POST', '/orders', tokens[0], {
        items: [{ sku_id: 'T00108', quantity: 1 }],
      });
      expect(refused.status).toBe(503);
      expect(String(refused.body.message)).toMatch(/CatalogService|InventoryService/);
      await new Promise((r) => setTimeout(r, 1500));
      await shop!.inventory!.start();
      await new Promise((r) => setTimeout(r, 1500));
      placing = false;
      await placers;
      await waitForCleanBooks(() => http, E2E_ADMIN_TOKEN, 90_000);
      const [created] = await orders!.query<{ n: number }>(
        `SELECT COUNT(*) AS n FROM orders_order
          WHERE order_id IN (${ids.map(() => '?').join(',')}) AND status = 'CREATED'`,
        ids,
      );
      expect(Number(created.n)).toBe(ids.length); // 1,000 more units: nothing is refused
      const [requests] = await inventory!.query<{ handled: number; deducted: number }>(
        `SELECT (SELECT COUNT(*) FROM messaging_inbox WHERE consumer = 'inventory.order-requests') AS handled,
                (SELECT COUNT(DISTINCT gid) FROM inventory_freeze) AS deducted`,
      );
      const [requested] = await orders!.query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = 'OrderRequested'",
      );
      expect(Number(requests.handled)).toBe(Number(requested.n));
      // Every deducted order is a CREATED (or since CANCELLED) order, or one that FAILED on its
      // coupon after its stock was deducted (given back by OrderRejected: the coupon tests).
      const [createdAll] = await orders!.query<{ n: number }>(
        `SELECT COUNT(*) AS n FROM orders_order WHERE consistency = 'message'
            AND (status IN ('CREATED', 'CANCELLED') OR (status = 'FAILED' AND stock_answer = 'OK'))`,
      );
      expect(Number(requests.deducted)).toBe(Number(createdAll.n));
      console.log(
        `inventory-service killed mid-stream: ${ids.length} orders placed, all CREATED; ` +
          `${requested.n} OrderRequested, each handled once`,
      );
    }, 180_000);
  });
});
