import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConnection, type Connection } from 'mysql2/promise';
import { claimedCoupon, couponStatus, merchToken } from './support/coupons.js';
import { mariadbDatabase } from './support/databases.js';
import {
  logInDemoUsers,
  orderStatuses,
  startMallProcess,
  waitForCleanBooks,
} from './support/order-burst.js';
import { Cluster } from './support/processes.js';
import { E2E_ADMIN_TOKEN } from './support/shop.js';
import { startSplit, type SplitShop } from './support/split.js';
import { call } from './support/json-call.js';

/**
 * ORDER_CONSISTENCY=xa: placing and cancelling orders as a two-phase commit over MariaDB XA
 * transactions (the built monolith as a child process, so that it can be killed with -9). The
 * same guarantees as TCC (no oversell, one order per Idempotency-Key), a coordinator killed
 * between PREPARE and COMMIT (its prepared branches survive it and recovery finishes them), and
 * the refusal of the setting on SQLite.
 */
/** The databases of this file's suites: XA RECOVER lists the whole server's branches. */
const ourDatabases: string[] = [];
const database = await mariadbDatabase('nestmall_xa_e2e');
if (database) ourDatabases.push(database.url);
const XA = { ORDER_CONSISTENCY: 'xa', TCC_TIMEOUT_MS: '2000', TCC_RECOVERY_INTERVAL_MS: '200' };
const FORMAT_ID = 0x4e4d;

/** A branch's qualifier ends with 10 hex of its database's name (xa-resource.ts). */
const tagOf = (url: string) =>
  createHash('sha256').update(new URL(url).pathname.slice(1)).digest('hex').slice(0, 10);

/** Our prepared XA branches (XA RECOVER), as 'gid/branch'. */
async function prepared(c: Connection): Promise<string[]> {
  const ours = new Set(ourDatabases.map(tagOf));
  const [rows] = await c.query('XA RECOVER');
  return (rows as { formatID: number; gtrid_length: number; data: Buffer | string }[])
    .filter((r) => Number(r.formatID) === FORMAT_ID)
    .map((r) => {
      const data = String(r.data);
      return `${data.slice(0, Number(r.gtrid_length))}/${data.slice(Number(r.gtrid_length))}`;
    })
    .filter((branch) => ours.has(branch.split('-').pop()!));
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

if (!database) {
  it.skip('orders with ORDER_CONSISTENCY=xa: no MariaDB, see the warning above', () => undefined);
} else {
  describe('ORDER_CONSISTENCY=xa on MariaDB (the monolith)', () => {
    const cluster = new Cluster();
    let http = '';
    let tokens: string[] = [];
    let sql: Connection;
    let mall: Awaited<ReturnType<typeof startMallProcess>>['mall'];
    const stock = async (sku: string) => (await call(http, 'GET', `/skus/${sku}/stock`)).body;

    beforeAll(async () => {
      ({ mall, http, tokens } = await startMallProcess(cluster, {
        ...XA,
        DATABASE_URL: database.url,
      }));
      sql = await createConnection({ uri: database.url });
    }, 120_000);
    afterAll(async () => {
      await sql?.end();
      await cluster.stopAll();
      await database.drop();
    });

    it('sells exactly 100 of 100 units to 150 concurrent one-unit orders', async () => {
      const answers = await Promise.all(
        Array.from({ length: 150 }, (_, i) =>
          call(http, 'POST', '/orders', tokens[i % tokens.length], {
            items: [{ sku_id: 'T00109', quantity: 1 }],
          }),
        ),
      );
      const statuses = answers.reduce<Record<number, number>>(
        (acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }),
        {},
      );
      expect(statuses).toEqual({ 201: 100, 409: 50 });
      // Two-phase commit: an order is CREATED when answered, never PENDING, nothing frozen.
      expect(
        answers.filter((a) => a.status === 201).every((a) => a.body.status === 'CREATED'),
      ).toBe(true);
      expect(await stock('T00109')).toMatchObject({ available: 0, frozen: 0, sold: 100 });
      expect(await prepared(sql)).toEqual([]);
    }, 120_000);

    it('answers a repeated Idempotency-Key with the first order, even concurrently', async () => {
      const before = await stock('T00103');
      const burst = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          call(
            http,
            'POST',
            '/orders',
            tokens[0],
            { items: [{ sku_id: 'T00103', quantity: 1 }] },
            {
              'idempotency-key': 'xa-key',
            },
          ),
        ),
      );
      expect(burst.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(burst.map((r) => r.body.order_id)).size).toBe(1);
      expect(await stock('T00103')).toMatchObject({
        available: Number(before.available) - 1,
        sold: Number(before.sold) + 1,
        frozen: 0,
      });
    }, 60_000);

    it('cancels by two-phase commit too: the units go back, once', async () => {
      const placed = await call(http, 'POST', '/orders', tokens[1], {
        items: [{ sku_id: 'T00104', quantity: 3 }],
      });
      expect(placed.status).toBe(201);
      const before = await stock('T00104');
      const cancel = await call(
        http,
        'POST',
        `/orders/${String(placed.body.order_id)}/cancel`,
        tokens[1],
      );
      expect({ status: cancel.status, order: cancel.body.status }).toEqual({
        status: 200,
        order: 'CANCELLED',
      });
      expect(await stock('T00104')).toMatchObject({
        available: Number(before.available) + 3,
        sold: Number(before.sold) - 3,
      });
      const again = await call(
        http,
        'POST',
        `/orders/${String(placed.body.order_id)}/cancel`,
        tokens[1],
      );
      expect(again.body.status).toBe('CANCELLED');
      expect(await stock('T00104')).toMatchObject({ available: Number(before.available) + 3 });
      const report = (await waitForCleanBooks(() => http, E2E_ADMIN_TOKEN)).report as {
        in_doubt_branches: unknown[];
      };
      expect(report.in_doubt_branches).toEqual([]);
    }, 60_000);

    it('kill -9 of the coordinator between PREPARE and COMMIT: the branches survive, recovery rolls them back', async () => {
      const before = await stock('T00105');
      // Stall the decision (TRYING -> CONFIRMING) in the database: both branches are prepared.
      await sql.query(
        "CREATE TRIGGER xa_e2e_stall BEFORE UPDATE ON tcc_global_tx FOR EACH ROW SET @stall = IF(NEW.status = 'CONFIRMING', SLEEP(4), 0)",
      );
      const placing = call(http, 'POST', '/orders', tokens[2], {
        items: [{ sku_id: 'T00105', quantity: 2 }],
      }).catch((error: unknown) => error);
      const branches = await until('both branches prepared', async () => {
        const found = await prepared(sql);
        return found.length === 2 ? found : undefined;
      });
      await mall.kill();
      await placing;
      await sql.query('DROP TRIGGER xa_e2e_stall');
      // The process is gone; its prepared branches are not (they belong to the server now).
      expect((await prepared(sql)).sort()).toEqual(branches.sort());
      const gid = branches[0].split('/')[0];

      await mall.start();
      const started = Date.now();
      await until('XA RECOVER empty', async () =>
        (await prepared(sql)).length === 0 ? true : undefined,
      );
      // The worker rolls the branches back first, then records the outcome: wait for both.
      const status = await until('the global transaction CANCELLED', async () => {
        const [rows] = await sql.query('SELECT status FROM tcc_global_tx WHERE gid = ?', [gid]);
        const found = (rows as { status: string }[])[0]?.status;
        return found === 'CANCELLED' || found === 'CONFIRMED' ? found : undefined;
      });
      const recoveredMs = Date.now() - started;
      expect(status).toBe('CANCELLED');
      const [orders] = await sql.query('SELECT order_id FROM orders_order WHERE gid = ?', [gid]);
      expect(orders).toEqual([]); // rolled back: the order never existed
      expect(await stock('T00105')).toMatchObject({
        available: before.available,
        sold: before.sold,
        frozen: 0,
      });
      await waitForCleanBooks(() => http, E2E_ADMIN_TOKEN);
      console.log(
        `xa coordinator crash: ${branches.length} prepared branches survived; recovery rolled them back ${recoveredMs} ms after the restart; orders ${JSON.stringify(await orderStatuses(database.url))}`,
      );
    }, 120_000);
  });
}

/**
 * A coupon in xa mode: the marketing context is the third XA participant (its branch locks and
 * uses the coupon, prepared with the others). A monolith of its own (its own database), so that
 * its kill -9 leaves the suite above alone.
 */
const couponDatabase = database ? await mariadbDatabase('nestmall_xa_coupon_e2e') : null;
if (couponDatabase) ourDatabases.push(couponDatabase.url);
if (couponDatabase) {
  describe('ORDER_CONSISTENCY=xa with a coupon (the marketing branch, the monolith)', () => {
    const cluster = new Cluster();
    let http = '';
    let tokens: string[] = [];
    let staff = '';
    let sql: Connection;
    let mall: Awaited<ReturnType<typeof startMallProcess>>['mall'];
    const stock = async (sku: string) => (await call(http, 'GET', `/skus/${sku}/stock`)).body;

    // This database's only (the other blocks of the file run before this one).
    const tag = tagOf(couponDatabase.url);
    const preparedHere = async () => (await prepared(sql)).filter((b) => b.endsWith(`-${tag}`));
    const couponOf = (user: number, name: string) => claimedCoupon(http, staff, tokens[user], name);
    const couponStatusOf = (user: number, couponId: number) =>
      couponStatus(http, tokens[user], couponId);

    beforeAll(async () => {
      ({ mall, http, tokens } = await startMallProcess(cluster, {
        ...XA,
        DATABASE_URL: couponDatabase.url,
      }));
      staff = await merchToken(http);
      sql = await createConnection({ uri: couponDatabase.url });
    }, 120_000);
    afterAll(async () => {
      await sql?.end();
      await cluster.stopAll();
      await couponDatabase.drop();
    });

    it('uses a coupon once, even when five orders race for it: one wins, the stock of one sold', async () => {
      const couponId = await couponOf(0, 'xa race');
      const before = await stock('T00100');
      const race = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          call(http, 'POST', '/orders', tokens[0], {
            items: [{ sku_id: 'T00100', quantity: 1 }],
            coupon_id: couponId,
          }),
        ),
      );
      expect(race.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
      const won = race.find((a) => a.status === 201)!;
      expect(won.body).toMatchObject({
        status: 'CREATED',
        coupon_id: couponId,
        discount_cents: 1000,
      });
      for (const lost of race.filter((a) => a.status === 409))
        expect(String(lost.body.message)).toMatch(new RegExp(`coupon ${couponId}`));
      expect(await couponStatusOf(0, couponId)).toBe('USED');
      expect(await stock('T00100')).toMatchObject({
        available: Number(before.available) - 1,
        sold: Number(before.sold) + 1,
        frozen: 0,
      });
      // Used: refused again, naming it.
      const again = await call(http, 'POST', '/orders', tokens[0], {
        items: [{ sku_id: 'T00100', quantity: 1 }],
        coupon_id: couponId,
      });
      expect(again.status).toBe(409);
      expect(String(again.body.message)).toMatch(/is used/);
      expect(await preparedHere()).toEqual([]);
    }, 60_000);

    it('gives the coupon back when its order is cancelled, and it pays for the next order', async () => {
      const couponId = await couponOf(1, 'xa back on cancel');
      const placed = await call(http, 'POST', '/orders', tokens[1], {
        items: [{ sku_id: 'T00101', quantity: 1 }],
        coupon_id: couponId,
      });
      expect(placed.status).toBe(201);
      const cancel = await call(
        http,
        'POST',
        `/orders/${String(placed.body.order_id)}/cancel`,
        tokens[1],
      );
      expect(cancel.body.status).toBe('CANCELLED');
      await until('the coupon AVAILABLE again', async () =>
        (await couponStatusOf(1, couponId)) === 'AVAILABLE' ? true : undefined,
      );
      const next = await call(http, 'POST', '/orders', tokens[1], {
        items: [{ sku_id: 'T00101', quantity: 1 }],
        coupon_id: couponId,
      });
      expect(next.status).toBe(201);
      expect(await couponStatusOf(1, couponId)).toBe('USED');
      await waitForCleanBooks(() => http, E2E_ADMIN_TOKEN);
    }, 60_000);

    it('kill -9 between PREPARE and COMMIT with a coupon branch: recovery rolls back all three', async () => {
      const couponId = await couponOf(2, 'xa crash');
      const before = await stock('T00102');
      await sql.query(
        "CREATE TRIGGER xa_e2e_coupon_stall BEFORE UPDATE ON tcc_global_tx FOR EACH ROW SET @stall = IF(NEW.status = 'CONFIRMING', SLEEP(4), 0)",
      );
      const placing = call(http, 'POST', '/orders', tokens[2], {
        items: [{ sku_id: 'T00102', quantity: 1 }],
        coupon_id: couponId,
      }).catch((error: unknown) => error);
      const branches = await until('three branches prepared', async () => {
        const found = await preparedHere();
        return found.length === 3 ? found : undefined;
      });
      expect(branches.some((b) => b.includes('/marketing-'))).toBe(true);
      await mall.kill();
      await placing;
      await sql.query('DROP TRIGGER xa_e2e_coupon_stall');
      expect((await preparedHere()).sort()).toEqual(branches.sort());
      const gid = branches[0].split('/')[0];

      await mall.start();
      await until('XA RECOVER empty', async () =>
        (await preparedHere()).length === 0 ? true : undefined,
      );
      const status = await until('the global transaction finished', async () => {
        const [rows] = await sql.query('SELECT status FROM tcc_global_tx WHERE gid = ?', [gid]);
        const found = (rows as { status: string }[])[0]?.status;
        return found === 'CANCELLED' || found === 'CONFIRMED' ? found : undefined;
      });
      expect(status).toBe('CANCELLED');
      const [coupons] = await sql.query(
        'SELECT status, gid FROM marketing_coupon WHERE coupon_id = ?',
        [couponId],
      );
      expect(coupons).toEqual([{ status: 'AVAILABLE', gid: null }]);
      expect(await stock('T00102')).toMatchObject({
        available: before.available,
        sold: before.sold,
        frozen: 0,
      });
      await waitForCleanBooks(() => http, E2E_ADMIN_TOKEN);
    }, 120_000);
  });
}

/**
 * The split topology: each service its own database, the inventory's branch on the
 * inventory-service's connection between the gRPC calls PrepareSaleXa and CommitXa. One started
 * topology for all of them: the same guarantees as TCC (no oversell, one order per
 * Idempotency-Key, a cancel returns the units once), then the two crashes, each process killed
 * with -9 between PREPARE and COMMIT: the inventory-service (the decision, commit, is logged; its
 * branch survives in MariaDB and recovery commits it once the service is back) and the
 * coordinator, the order-service (no decision: recovery rolls back both branches after its
 * restart, the inventory's still held by the live inventory-service).
 */
const splitDatabases = database
  ? await Promise.all(['xa_user', 'xa_inventory', 'xa_order'].map((p) => mariadbDatabase(p)))
  : [];
for (const d of splitDatabases) if (d) ourDatabases.push(d.url);
if (database && splitDatabases.every(Boolean)) {
  const [users, inventory, orders] = splitDatabases as NonNullable<
    (typeof splitDatabases)[number]
  >[];
  describe('ORDER_CONSISTENCY=xa, split topology on MariaDB', () => {
    let shop: SplitShop;
    let tokens: string[];
    let sql: Connection;
    let inventorySql: Connection;
    const stockOf = async (sku: string) =>
      (await call(shop.http, 'GET', `/skus/${sku}/stock`)).body as {
        available: number;
        frozen: number;
        sold: number;
      };
    const order = (token: string, sku: string, quantity: number, key?: string) =>
      call(
        shop.http,
        'POST',
        '/orders',
        token,
        { items: [{ sku_id: sku, quantity }] },
        key ? { 'idempotency-key': key } : {},
      );
    /** Stalls the decision (TRYING -> CONFIRMING) in the order-service's database. */
    const stallDecision = () =>
      sql.query(
        "CREATE TRIGGER xa_e2e_stall BEFORE UPDATE ON tcc_global_tx FOR EACH ROW SET @stall = IF(NEW.status = 'CONFIRMING', SLEEP(4), 0)",
      );
    const bothPrepared = () =>
      until('both branches prepared', async () => {
        const found = await prepared(sql);
        return found.length === 2 ? found : undefined;
      });
    /** Until XA RECOVER lists none of ours and the log records the end of `gid`. */
    const finished = async (gid: string) => {
      await until('XA RECOVER empty', async () =>
        (await prepared(sql)).length === 0 ? true : undefined,
      );
      return until(`${gid} finished`, async () => {
        const [r] = await sql.query('SELECT status FROM tcc_global_tx WHERE gid = ?', [gid]);
        const status = (r as { status: string }[])[0]?.status;
        return status === 'CONFIRMED' || status === 'CANCELLED' ? status : undefined;
      });
    };

    // Ten processes one after another: minutes on a machine busy with other work.
    beforeAll(async () => {
      shop = await startSplit({
        databases: { users: users.url, inventory: inventory.url, orders: orders.url },
        // The gateway waits TCC_TIMEOUT_MS for an order: longer than the stalled decision. A
        // burst of orders is a burst of gRPC reads (prices, promotions): a busy machine may take
        // longer than the default 2 s to answer them all.
        env: { ...XA, TCC_TIMEOUT_MS: '10000', GRPC_DEADLINE_MS: '10000' },
      });
      tokens = await logInDemoUsers(shop.http);
      sql = await createConnection({ uri: orders.url });
      inventorySql = await createConnection({ uri: inventory.url });
    }, 600_000);
    afterAll(async () => {
      await sql?.end();
      await inventorySql?.end();
      await shop?.close();
      await Promise.all([users.drop(), inventory.drop(), orders.drop()]);
    }, 120_000);

    it('sells exactly 40 of 40 units to 60 concurrent one-unit orders, nothing frozen', async () => {
      // 40 units (the ledger kept whole): fewer gRPC calls at once than the monolith's 150.
      await inventorySql.query(
        "UPDATE inventory_stock SET available = 40, total_in = 40 WHERE sku_id = 'T00109'",
      );
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) => order(tokens[i % tokens.length], 'T00109', 1)),
      );
      const statuses = answers.reduce<Record<number, number>>(
        (acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }),
        {},
      );
      const unexpected = answers.filter((a) => a.status !== 201 && a.status !== 409);
      expect({ statuses, unexpected: unexpected.slice(0, 3).map((a) => a.body) }).toEqual({
        statuses: { 201: 40, 409: 20 },
        unexpected: [],
      });
      expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.body.status))).toEqual(
        new Set(['CREATED']),
      );
      expect(await stockOf('T00109')).toMatchObject({ available: 0, frozen: 0, sold: 40 });
      expect(await prepared(sql)).toEqual([]);
      expect(await orderStatuses(orders.url)).toEqual({ CREATED: 40 });
    }, 180_000);

    it('answers one Idempotency-Key sent five times at once with one order', async () => {
      const before = await stockOf('T00103');
      const burst = await Promise.all(
        [1, 2, 3, 4, 5].map(() => order(tokens[0], 'T00103', 1, 'xa-split-key')),
      );
      expect(burst.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(burst.map((r) => r.body.order_id)).size).toBe(1);
      expect(await stockOf('T00103')).toEqual({
        ...before,
        available: before.available - 1,
        sold: before.sold + 1,
      });
    }, 60_000);

    it('cancels over gRPC by two-phase commit: the units go back to the inventory once', async () => {
      const placed = await order(tokens[1], 'T00104', 3);
      expect(placed.status).toBe(201);
      const before = await stockOf('T00104');
      const cancel = () =>
        call(shop.http, 'POST', `/orders/${String(placed.body.order_id)}/cancel`, tokens[1]);
      const [first, second] = [await cancel(), await cancel()];
      expect([first.status, first.body.status, second.body.status]).toEqual([
        200,
        'CANCELLED',
        'CANCELLED',
      ]);
      expect(await stockOf('T00104')).toEqual({
        ...before,
        available: before.available + 3,
        sold: before.sold - 3,
      });
      const { report } = await waitForCleanBooks(() => shop.http, E2E_ADMIN_TOKEN);
      expect((report as { in_doubt_branches: unknown[] }).in_doubt_branches).toEqual([]);
    }, 60_000);

    it('kill -9 of the inventory-service after PREPARE: its branch survives and is committed after its restart', async () => {
      const before = await stockOf('T00106');
      await stallDecision();
      const placing = order(tokens[0], 'T00106', 2);
      const branches = await bothPrepared();
      await shop.inventory!.kill();
      const answer = await placing; // the decision was commit: the order is CREATED
      await sql.query('DROP TRIGGER xa_e2e_stall');
      expect(answer.status).toBe(201);
      expect(answer.body.status).toBe('CREATED');
      const inventoryBranch = branches.find((b) => b.includes('/inventory-'))!;
      expect(await prepared(sql)).toEqual([inventoryBranch]); // survived its process
      const gid = inventoryBranch.split('/')[0];
      const [rows] = await sql.query('SELECT status FROM tcc_global_tx WHERE gid = ?', [gid]);
      expect(rows).toEqual([{ status: 'CONFIRMING' }]);

      await shop.inventory!.start();
      expect(await finished(gid)).toBe('CONFIRMED');
      expect(await stockOf('T00106')).toMatchObject({
        available: before.available - 2,
        sold: before.sold + 2,
      });
      await waitForCleanBooks(() => shop.http, E2E_ADMIN_TOKEN);
    }, 120_000);

    it('kill -9 of the order-service (the coordinator) between PREPARE and COMMIT: recovery rolls both branches back after its restart', async () => {
      const before = await stockOf('T00105');
      await stallDecision();
      const placing = order(tokens[2], 'T00105', 2).catch((error: unknown) => error);
      const branches = await bothPrepared();
      await shop.orders!.kill();
      await placing; // the gateway lost its callee: whatever it answers, nothing is decided
      await sql.query('DROP TRIGGER xa_e2e_stall');
      // The orders' branch is detached (its session died), the inventory's still held by the
      // inventory-service: both prepared, the sale's row locks held, no decision logged.
      expect((await prepared(sql)).sort()).toEqual(branches.sort());
      const gid = branches[0].split('/')[0];
      const [rows] = await sql.query('SELECT status FROM tcc_global_tx WHERE gid = ?', [gid]);
      expect(rows).toEqual([{ status: 'TRYING' }]);

      await shop.orders!.start();
      const started = Date.now();
      expect(await finished(gid)).toBe('CANCELLED');
      const recoveredMs = Date.now() - started;
      const [placed] = await sql.query('SELECT order_id FROM orders_order WHERE gid = ?', [gid]);
      expect(placed).toEqual([]); // rolled back: the order never existed
      expect(await stockOf('T00105')).toEqual(before);
      // The rows are free again: the next buyer of the SKU is served at once.
      expect((await order(tokens[2], 'T00105', 1)).status).toBe(201);
      await waitForCleanBooks(() => shop.http, E2E_ADMIN_TOKEN);
      console.log(
        `xa split coordinator crash: ${branches.length} prepared branches survived; recovery rolled them back ${recoveredMs} ms after the restart`,
      );
    }, 120_000);
  });
}

describe('ORDER_CONSISTENCY=xa on SQLite', () => {
  it('refuses to start, in one line, exit 1', async () => {
    const main = join(import.meta.dirname, '../dist/apps/mall/src/main.js');
    const run = promisify(execFile)(process.execPath, [main], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        ORDER_CONSISTENCY: 'xa',
        DATABASE_URL: 'sqlite::memory:',
        // Never bound: it stops before it listens (this helper's range).
        PORT: '4080',
        GRPC_URL: '127.0.0.1:4081',
        ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      },
      timeout: 60_000,
    });
    const failure = (await run.then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stderr: string; stdout: string } | null;
    expect(failure?.code).toBe(1);
    const lines = `${failure!.stderr}${failure!.stdout}`
      .split('\n')
      .filter((l) => l.includes('ORDER_CONSISTENCY=xa'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/needs MariaDB or MySQL/);
  }, 60_000);
});
