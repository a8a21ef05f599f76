import { createConnection, type Connection } from 'mysql2/promise';
import { claimedCoupon, couponStatus, merchToken } from './support/coupons.js';
import { mariadbDatabase } from './support/databases.js';
import {
  frozenUnits,
  groupCommitCounts,
  startMallProcess,
  waitForCleanBooks,
} from './support/order-burst.js';
import { Cluster } from './support/processes.js';
import { E2E_ADMIN_TOKEN } from './support/shop.js';
import { call } from './support/json-call.js';

/**
 * ORDER_GROUP_COMMIT=on in the monolith on MariaDB (the built app as a child process): the
 * one-phase order placements of a few milliseconds commit in one local transaction, each in a
 * savepoint. The guarantees stay those of one transaction an order: no oversell, a refused
 * order (out of stock, its coupon taken) refused alone, one order per Idempotency-Key, clean
 * books. The kill -9 of a group in flight is in crash-recovery.e2e-spec.ts.
 */
const database = await mariadbDatabase('nestmall_group_e2e');

const count = <T>(values: T[]) =>
  values.reduce<Record<string, number>>(
    (acc, v) => ({ ...acc, [String(v)]: (acc[String(v)] ?? 0) + 1 }),
    {},
  );

if (!database) {
  it.skip('group commit: no MariaDB, see the warning above', () => undefined);
} else {
  describe('group commit of one-phase order placements (monolith on MariaDB)', () => {
    const cluster = new Cluster();
    let http = '';
    let tokens: string[];
    let sql: Connection;
    const stock = async (sku: string) => (await call(http, 'GET', `/skus/${sku}/stock`)).body;
    const grouped = () => groupCommitCounts(http);

    beforeAll(async () => {
      ({ http, tokens } = await startMallProcess(cluster, {
        DATABASE_URL: database.url,
        ORDER_GROUP_COMMIT: 'on',
        ORDER_GROUP_COMMIT_MS: '5',
      }));
      sql = await createConnection({ uri: database.url });
    }, 120_000);
    afterAll(async () => {
      await sql?.end();
      await cluster.stopAll();
      await database.drop();
    });

    it('sells exactly 100 of 100 units to 300 concurrent buyers, in groups', async () => {
      await sql.query(
        "UPDATE inventory_stock SET total_in = total_in - available + 100, available = 100 WHERE sku_id = 'T00105'",
      );
      const before = await stock('T00105');
      const groupsBefore = await grouped();
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          call(http, 'POST', '/orders', tokens[i % tokens.length], {
            items: [{ sku_id: 'T00105', quantity: 1 }],
          }),
        ),
      );
      expect(count(answers.map((a) => a.status))).toEqual({ 201: 100, 409: 200 });
      for (const refused of answers.filter((a) => a.status === 409))
        expect(String(refused.body.message)).toMatch(/not enough stock for T00105/);
      // Answered 201 after the group's COMMIT: CREATED, each its own order.
      const placed = answers.filter((a) => a.status === 201);
      expect(placed.every((a) => a.body.status === 'CREATED')).toBe(true);
      expect(new Set(placed.map((a) => a.body.order_id)).size).toBe(100);
      expect(await stock('T00105')).toMatchObject({
        available: 0,
        frozen: 0,
        sold: Number(before.sold) + 100,
      });
      const [rows] = await sql.query(
        "SELECT COUNT(*) AS n FROM orders_order o JOIN orders_order_item i ON i.order_id = o.order_id WHERE i.sku_id = 'T00105' AND o.status = 'CREATED'",
      );
      expect(Number((rows as { n: number }[])[0].n)).toBe(100);
      // They did go in groups: fewer commits than orders.
      const after = await grouped();
      const groups = after.groups - groupsBefore.groups;
      const orders = after.orders - groupsBefore.orders;
      console.log(`group commit, 300 buyers of 100 units: ${orders} orders in ${groups} groups`);
      expect(orders).toBe(100);
      expect(groups).toBeLessThan(orders);
      await waitForCleanBooks(() => http, E2E_ADMIN_TOKEN);
    }, 120_000);

    it('answers one Idempotency-Key sent eight times at once with one order', async () => {
      const before = await stock('T00103');
      const burst = await Promise.all(
        Array.from({ length: 8 }, () =>
          call(
            http,
            'POST',
            '/orders',
            tokens[0],
            { items: [{ sku_id: 'T00103', quantity: 1 }] },
            { 'idempotency-key': 'group-key' },
          ),
        ),
      );
      expect(burst.map((r) => r.status)).toEqual(Array(8).fill(201));
      expect(new Set(burst.map((r) => r.body.order_id)).size).toBe(1);
      expect(await stock('T00103')).toMatchObject({
        available: Number(before.available) - 1,
        sold: Number(before.sold) + 1,
        frozen: 0,
      });
    }, 60_000);

    it('refuses the orders that lose a coupon race alone: one uses it, the others fail', async () => {
      const staff = await merchToken(http);
      const couponId = await claimedCoupon(http, staff, tokens[1], 'group race');
      const before = await stock('T00104');
      // Five orders of one coupon and five without, at once: one group or a few.
      const race = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(http, 'POST', '/orders', tokens[1], {
            items: [{ sku_id: 'T00104', quantity: 1 }],
            ...(i % 2 === 0 ? { coupon_id: couponId } : {}),
          }),
        ),
      );
      const withCoupon = race.filter((_, i) => i % 2 === 0).map((a) => a.status);
      expect(withCoupon.sort()).toEqual([201, 409, 409, 409, 409]);
      expect(race.filter((_, i) => i % 2 === 1).map((a) => a.status)).toEqual(Array(5).fill(201));
      for (const lost of race.filter((a) => a.status === 409))
        expect(String(lost.body.message)).toMatch(new RegExp(`coupon ${couponId}`));
      expect(await couponStatus(http, tokens[1], couponId)).toBe('USED');
      expect(await stock('T00104')).toMatchObject({
        available: Number(before.available) - 6,
        sold: Number(before.sold) + 6,
        frozen: 0,
      });
      expect(await frozenUnits(database.url)).toBe(0);
      await waitForCleanBooks(() => http, E2E_ADMIN_TOKEN);
    }, 60_000);
  });
}
