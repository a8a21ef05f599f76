import type { Redis } from 'ioredis';
import { sqliteDatabase } from './support/databases.js';
import { freePort, startMall, type InProcessShop } from './support/mall.js';
import { logIn, waitForCleanBooks } from './support/order-burst.js';
import { deleteKeysUnder, redisAvailable, redisClient, uniqueKeyPrefix } from './support/redis.js';
import { E2E_ADMIN_TOKEN } from './support/shop.js';

/**
 * HOT_SKU_GATE=redis, the hot-SKU path: per-SKU counts in Redis, taken by a Lua script, refuse
 * the buyers of a sold-out SKU before any transaction. The database still decides every
 * admitted order, so nothing is ever oversold, whatever the gate believes.
 */
const redis = await redisAvailable('the hot-SKU gate tests');

async function post(url: string, token: string, items: object[]) {
  const res = await fetch(`${url}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ items }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function stock(url: string, sku: string) {
  return (await (await fetch(`${url}/skus/${sku}/stock`)).json()) as {
    available: number;
    frozen: number;
    sold: number;
  };
}

if (!redis) {
  it.skip('hot-SKU gate: no Redis, see the warning above', () => undefined);
} else {
  describe('the hot-SKU gate (monolith on SQLite, Redis)', () => {
    const database = sqliteDatabase();
    const prefix = uniqueKeyPrefix();
    let client: Redis;
    let shop: InProcessShop;
    let url = '';
    let tokens: string[];

    beforeAll(async () => {
      client = redisClient();
      shop = await startMall(database.url, {
        HOT_SKU_GATE: 'redis',
        REDIS_KEY_PREFIX: prefix,
        HOT_SKU_GATE_TTL_MS: '1000',
      });
      const port = await freePort();
      await shop.app.listen(port, '127.0.0.1');
      url = `http://127.0.0.1:${port}`;
      tokens = await logIn(url, ['test1', 'test2', 'test3', 'test4', 'test5']);
    });

    afterAll(async () => {
      await shop?.close();
      process.env.HOT_SKU_GATE = 'off';
      await deleteKeysUnder(client, prefix);
      client.disconnect();
      await database.drop();
    });

    it('sells exactly 100 units to 300 concurrent buyers, refusing most losers before any transaction', async () => {
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          post(url, tokens[i % tokens.length], [{ sku_id: 'T00103', quantity: 1 }]),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(100);
      expect(statuses.filter((s) => s === 409)).toHaveLength(200);
      for (const refused of answers.filter((a) => a.status === 409))
        expect(refused.body.message).toMatch(/not enough stock for T00103/);
      expect(await stock(url, 'T00103')).toMatchObject({ available: 0, frozen: 0, sold: 100 });
      // A refusal by the inventory leaves a FAILED order; one by the gate leaves nothing.
      const [failed] = await database.query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM orders_order WHERE status = 'FAILED'",
      );
      console.log(
        `hot SKU, 300 buyers of 100 units: ${200 - Number(failed.n)} of 200 refused by the gate, ${failed.n} by the inventory`,
      );
      expect(Number(failed.n)).toBeLessThan(200);
      // The gate's count is 0, or gone if its TTL ran out since the last buyer reached the gate
      // (the last ones were refused at the edge, which does not touch it).
      expect(['0', null]).toContain(await client.get(`${prefix}:stock:T00103`));
      await waitForCleanBooks(() => url, E2E_ADMIN_TOKEN);
    });

    it('refuses the next buyers of a sold-out SKU before authentication, and no others', async () => {
      // A buyer refused by the gate (its count is 0) makes it publish T00103 sold out; the edge
      // then answers without looking at the token or the body's other fields. (Pub/sub is
      // asynchronous, and the board forgets after the gate's TTL: ask again until it has it.)
      const anonymousOrder = () =>
        fetch(`${url}/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
          body: JSON.stringify({ items: [{ sku_id: 'T00103', quantity: 2 }], unknown_field: 1 }),
        });
      let anonymous = await anonymousOrder();
      for (let i = 0; i < 50 && anonymous.status !== 409; i++) {
        expect((await post(url, tokens[0], [{ sku_id: 'T00103', quantity: 1 }])).status).toBe(409);
        anonymous = await anonymousOrder();
      }
      expect(anonymous.status).toBe(409);
      expect(await anonymous.json()).toMatchObject({
        status: 409,
        error: 'Conflict',
        path: '/orders',
        message: 'not enough stock for T00103: 0 available, 2 wanted',
      });
      // Another SKU, or no SKU at all, goes through the usual checks: the token first.
      for (const items of [[{ sku_id: 'T00104', quantity: 1 }], 'T00103', [null]]) {
        const res = await fetch(`${url}/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
          body: JSON.stringify({ items }),
        });
        expect({ items, status: res.status }).toEqual({ items, status: 401 });
      }
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toMatch(/^nestmall_sold_out_refusals_total\{[^}]*\} [1-9]/m);
    });

    it('learns about a restock within its TTL (the counts are reloaded from the inventory)', async () => {
      await database.execute(
        "UPDATE inventory_stock SET available = available + 5, total_in = total_in + 5 WHERE sku_id = 'T00103'",
      );
      await new Promise((r) => setTimeout(r, 1200));
      const bought = await post(url, tokens[0], [{ sku_id: 'T00103', quantity: 5 }]);
      expect(bought.status).toBe(201);
      expect(await stock(url, 'T00103')).toMatchObject({ available: 0, sold: 105 });
    });

    it('never oversells when its count is wrong: the inventory still decides', async () => {
      // The gate believes in 50 units that do not exist.
      await client.set(`${prefix}:stock:T00103`, '50', 'PX', 60_000);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post(url, tokens[i % tokens.length], [{ sku_id: 'T00103', quantity: 1 }]),
        ),
      );
      expect(answers.every((a) => a.status === 409)).toBe(true);
      expect(await stock(url, 'T00103')).toMatchObject({ available: 0, frozen: 0, sold: 105 });
      // Each refusal by the inventory gave its unit back to the gate.
      expect(await client.get(`${prefix}:stock:T00103`)).toBe('50');
      // The invariant checker reconciles: a count that differs from the inventory is dropped.
      const { report } = (await waitForCleanBooks(() => url, E2E_ADMIN_TOKEN)) as {
        report: { gate_reconciled: unknown[] };
      };
      expect(report.gate_reconciled).toContainEqual({ sku_id: 'T00103', gate: 50, available: 0 });
      expect(await client.get(`${prefix}:stock:T00103`)).toBeNull();
      const again = await post(url, tokens[0], [{ sku_id: 'T00103', quantity: 1 }]);
      expect(again.status).toBe(409);
      expect(await client.get(`${prefix}:stock:T00103`)).toBe('0'); // reloaded from the inventory
    });

    it('takes all lines or none: a short line leaves the other counts alone', async () => {
      const before = await stock(url, 'T00104');
      const refused = await post(url, tokens[1], [
        { sku_id: 'T00104', quantity: 1 },
        { sku_id: 'T00103', quantity: 1 },
      ]);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/T00103/);
      const placed = await post(url, tokens[1], [{ sku_id: 'T00104', quantity: 2 }]);
      expect(placed.status).toBe(201);
      expect(await stock(url, 'T00104')).toMatchObject({ available: before.available - 2 });
      expect(Number(await client.get(`${prefix}:stock:T00104`))).toBe(before.available - 2);
    });
  });

  describe('the hot-SKU gate with Redis unreachable', () => {
    const database = sqliteDatabase();
    let shop: InProcessShop;
    afterAll(async () => {
      await shop?.close();
      process.env.HOT_SKU_GATE = 'off';
      process.env.REDIS_URL = '';
      await database.drop();
    });

    it('opens: orders go to the inventory as without it', async () => {
      shop = await startMall(database.url, {
        HOT_SKU_GATE: 'redis',
        REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      });
      const port = await freePort();
      await shop.app.listen(port, '127.0.0.1');
      const url = `http://127.0.0.1:${port}`;
      const [token] = await logIn(url, ['test1']);
      const placed = await post(url, token, [{ sku_id: 'T00105', quantity: 1 }]);
      expect(placed.status).toBe(201);
      expect((await post(url, token, [{ sku_id: 'T00105', quantity: 99 }])).status).toBe(201);
      const refused = await post(url, token, [{ sku_id: 'T00105', quantity: 1 }]);
      expect(refused.status).toBe(409); // by the inventory: 100 sold
      expect(await stock(url, 'T00105')).toMatchObject({ available: 0, sold: 100 });
    });
  });
}
