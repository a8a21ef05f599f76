import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startMall, type InProcessShop } from './support/mall.js';
import { startServers, type PrivateServers } from './support/mariadb-replica.js';
import { unavailable } from './support/needs.js';

/**
 * The orders data sharded by buyer through MariaDB's Spider engine (docs/operations.md,
 * "Database clusters"): three private MariaDB servers, a front and two shards; the shop's
 * migrations run on the front, `scripts/shard-orders.mjs` moves the per-buyer tables onto the
 * shards, and the monolith runs on the front. Each buyer's orders land on one shard, read back by
 * buyer and by id, cancel, and the books stay clean. The last test pins why ORDER_CONSISTENCY=xa
 * cannot run on it: Spider fails every XA PREPARE.
 */
describe('orders sharded by buyer over MariaDB Spider', () => {
  let servers: PrivateServers | null = null;
  let shop: InProcessShop | undefined;
  const http = () => request(shop!.app.getHttpServer());
  const frontUrl = () => `${servers!.urls[0]}/nestmall`;
  const shardUrls = () => [1, 2].map((i) => `${servers!.urls[i]}/orders`).join(',');
  const shardOrders = () =>
    spawnSync(
      process.execPath,
      ['scripts/shard-orders.mjs', '--front', frontUrl(), '--shards', shardUrls()],
      { encoding: 'utf8' },
    );
  const onShard = (shard: 1 | 2, sql: string, values?: unknown[]) =>
    servers!.query<Record<string, unknown>>(shard, sql.replaceAll('{db}', 'orders'), values);
  const tokens = new Map<string, string>();
  const tokenOf = async (user: string) => {
    if (!tokens.has(user)) {
      const res = await http()
        .post('/auth/login')
        .send({ user_name: user, password: '123456' })
        .expect(200);
      tokens.set(user, (res.body as { access_token: string }).access_token);
    }
    return tokens.get(user)!;
  };
  const buyers = ['test1', 'test2', 'test3', 'test4', 'test5', 'test6'];

  beforeAll(async () => {
    servers = await startServers(3, 'the sharded-orders suite');
    if (!servers) return;
    const [{ dir }] = await servers.query<{ dir: string }>(0, 'SELECT @@plugin_dir AS dir');
    if (!existsSync(join(dir, 'ha_spider.so'))) {
      await servers.close();
      servers = null;
      unavailable(
        'the sharded-orders suite',
        `${join(dir, 'ha_spider.so')} is needed (apt-get install mariadb-plugin-spider)`,
      );
      return;
    }
    // The migrations and the demo data, then the shop stops while the tables move.
    shop = await startMall(frontUrl(), { CACHE: 'off' });
    await shop.close();
    const first = shardOrders();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('orders_order: on Spider, partitioned by user_id over 2 shards');
    shop = await startMall(frontUrl(), { CACHE: 'off' });
  }, 180_000);

  afterAll(async () => {
    await shop?.close();
    await servers?.close();
  });

  it('moves the per-buyer tables once: a second run changes nothing', async () => {
    if (!servers) return;
    const again = shardOrders();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('orders_order: already on Spider over 2 shards');
    const engines = await servers.query<{ name: string; engine: string }>(
      0,
      "SELECT TABLE_NAME AS name, ENGINE AS engine FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'nestmall' AND TABLE_NAME LIKE 'orders%' ORDER BY TABLE_NAME",
    );
    const byName = Object.fromEntries(engines.map((t) => [t.name, t.engine]));
    expect(byName.orders_order).toBe('SPIDER');
    expect(byName.orders_order_item).toBe('SPIDER');
    expect(byName.orders_tcc_barrier).toBe('InnoDB');
    expect(Object.keys(byName).some((n) => n.endsWith('__unsharded'))).toBe(false);
  });

  it("places orders for six buyers: each buyer's orders on one shard, read back by buyer and by id", async () => {
    if (!servers) return;
    const placed = new Map<string, number[]>();
    for (const buyer of buyers)
      for (const sku of ['T00101', 'T00102']) {
        const res = await http()
          .post('/orders')
          .set('authorization', `Bearer ${await tokenOf(buyer)}`)
          .send({ items: [{ sku_id: sku, quantity: 1 }] })
          .expect(201);
        placed.set(buyer, [
          ...(placed.get(buyer) ?? []),
          (res.body as { order_id: number }).order_id,
        ]);
      }

    const shardsUsed = new Set<number>();
    for (const [i, buyer] of buyers.entries()) {
      const userId = i + 1;
      const counts = await Promise.all(
        ([1, 2] as const).map(async (s) => {
          const [row] = await onShard(
            s,
            'SELECT COUNT(*) AS n FROM {db}.orders_order WHERE user_id = ?',
            [userId],
          );
          return Number(row.n);
        }),
      );
      // All of a buyer's orders on exactly one shard.
      expect(counts.sort()).toEqual([0, 2]);
      shardsUsed.add(counts.indexOf(2));

      const mine = await http()
        .get('/orders')
        .set('authorization', `Bearer ${await tokenOf(buyer)}`)
        .expect(200);
      const listed = (mine.body as { orders: { order_id: number }[] }).orders
        .map((o) => o.order_id)
        .sort();
      expect(listed).toEqual([...placed.get(buyer)!].sort());
      const one = await http()
        .get(`/orders/${placed.get(buyer)![0]}`)
        .set('authorization', `Bearer ${await tokenOf(buyer)}`)
        .expect(200);
      expect(one.body).toMatchObject({ order_id: placed.get(buyer)![0], status: 'CREATED' });
      expect((one.body as { items: unknown[] }).items).toHaveLength(1);
    }
    const [front] = await servers.query<{ n: number }>(
      0,
      'SELECT COUNT(*) AS n FROM nestmall.orders_order',
    );
    expect(Number(front.n)).toBe(12);

    // Another buyer's order stays another's, wherever it lives.
    await http()
      .get(`/orders/${placed.get('test1')![0]}`)
      .set('authorization', `Bearer ${await tokenOf('test2')}`)
      .expect(404);
  }, 60_000);

  it('reads one shard by buyer and every shard by order id (statements counted on the shards)', async () => {
    if (!servers) return;
    // What the front sent each shard: the shards' general logs (in a table), the statements
    // on the orders tables, while `call` ran.
    const sent = async (call: () => Promise<unknown>) => {
      for (const i of [1, 2] as const)
        await onShard(
          i,
          "SET GLOBAL general_log = OFF; TRUNCATE mysql.general_log; SET GLOBAL log_output = 'TABLE'; SET GLOBAL general_log = ON",
        );
      await call();
      return Promise.all(
        ([1, 2] as const).map(async (i) => {
          const rows = await onShard(
            i,
            "SELECT CONVERT(argument USING utf8mb4) AS q FROM mysql.general_log WHERE command_type = 'Query' AND argument LIKE 'select%orders_%' AND argument NOT LIKE '%general_log%' ORDER BY event_time",
          );
          await onShard(i, 'SET GLOBAL general_log = OFF');
          return rows.map((r) => String(r.q));
        }),
      );
    };
    const token = await tokenOf('test3');
    // Spider's GROUP BY handler hides the partitions from EXPLAIN; without it, the pruning shows.
    const [, plan] = (await servers.query(
      0,
      'SET spider_disable_group_by_handler = 1; EXPLAIN PARTITIONS SELECT order_id FROM nestmall.orders_order WHERE user_id = 3',
    )) as unknown as [unknown, { partitions: string }[]];
    const shard = plan[0].partitions;
    expect(['p0', 'p1']).toContain(shard);
    const home = shard === 'p0' ? 0 : 1;
    const mine = await http().get('/orders').set('authorization', `Bearer ${token}`).expect(200);
    const orderId = (mine.body as { orders: { order_id: number }[] }).orders[0].order_id;

    const list = await sent(() =>
      http().get('/orders').set('authorization', `Bearer ${token}`).expect(200),
    );
    const byId = await sent(() =>
      http().get(`/orders/${orderId}`).set('authorization', `Bearer ${token}`).expect(200),
    );
    const staffList = await sent(() =>
      servers!.query(
        0,
        'SELECT order_id, user_id, status FROM nestmall.orders_order ORDER BY order_id DESC LIMIT 5',
      ),
    );
    // The statements of this call on orders_order (the shop's background jobs, such as the
    // unpaid-order closer, may send others meanwhile).
    const onOrders = (qs: string[], where: RegExp) =>
      qs.filter((q) => /from `[^`]+`\.`orders_order` /i.test(q) && where.test(q));
    // Reported, not asserted: what one call takes here, the mean of ten.
    const meanMs = async (call: () => Promise<unknown>) => {
      const started = performance.now();
      for (let i = 0; i < 10; i++) await call();
      return ((performance.now() - started) / 10).toFixed(1);
    };
    const ms = {
      list: await meanMs(() => http().get('/orders').set('authorization', `Bearer ${token}`)),
      byId: await meanMs(() =>
        http().get(`/orders/${orderId}`).set('authorization', `Bearer ${token}`),
      ),
      staffList: await meanMs(() =>
        servers!.query(
          0,
          'SELECT order_id, user_id, status FROM nestmall.orders_order ORDER BY order_id DESC LIMIT 5',
        ),
      ),
    };
    for (const [what, perShard] of Object.entries({ list, byId, staffList }))
      console.log(
        `${what} (${ms[what as keyof typeof ms]} ms): shard 1 got ${perShard[0].length} selects, shard 2 ${perShard[1].length}:\n` +
          perShard.flatMap((qs, i) => qs.map((q) => `  shard ${i + 1}: ${q}`)).join('\n'),
      );
    // The buyer's orders: their shard alone; one order by its id, or all orders: every shard.
    const byBuyer = /`user_id` = 3\b/;
    expect(onOrders(list[home], byBuyer).length).toBeGreaterThan(0);
    expect(onOrders(list[1 - home], byBuyer)).toEqual([]);
    const oneOrder = new RegExp(`\`order_id\` = ${orderId}\\b`);
    expect(byId.map((qs) => onOrders(qs, oneOrder).length)).toEqual([1, 1]);
    expect(staffList.map((qs) => onOrders(qs, /limit 5$/).length)).toEqual([1, 1]);
  }, 30_000);

  it('cancels an order on its shard, and the books are clean', async () => {
    if (!servers) return;
    const token = await tokenOf('test4');
    const mine = await http().get('/orders').set('authorization', `Bearer ${token}`).expect(200);
    const orderId = (mine.body as { orders: { order_id: number }[] }).orders[0].order_id;
    const cancelled = await http()
      .post(`/orders/${orderId}/cancel`)
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect((cancelled.body as { status: string }).status).toBe('CANCELLED');
    const rows = [
      ...(await onShard(1, 'SELECT status FROM {db}.orders_order WHERE order_id = ?', [orderId])),
      ...(await onShard(2, 'SELECT status FROM {db}.orders_order WHERE order_id = ?', [orderId])),
    ];
    expect(rows).toEqual([{ status: 'CANCELLED' }]);

    const report = (
      await http().get('/admin/invariants').set('x-admin-token', shop!.adminToken).expect(200)
    ).body as { problems: string[]; unfinished_transactions: unknown[] };
    expect(report.problems).toEqual([]);
    expect(report.unfinished_transactions).toEqual([]);
    const sold = async (sku: string) =>
      ((await http().get(`/skus/${sku}/stock`).expect(200)).body as { sold: number }).sold;
    expect((await sold('T00101')) + (await sold('T00102'))).toBe(11);
  }, 30_000);

  it('commits the local InnoDB tables and both shards as one (Spider internal XA), and XA', async () => {
    if (!servers) return;
    const shardCount = async (where: string) =>
      (
        await Promise.all(
          ([1, 2] as const).map(async (s) => {
            const [row] = await onShard(
              s,
              `SELECT COUNT(*) AS n FROM {db}.orders_order_discount WHERE ${where}`,
            );
            return Number(row.n);
          }),
        )
      ).reduce((a, b) => a + b);
    const barrier = async (gid: string) =>
      Number(
        (
          await servers!.query<{ n: number }>(
            0,
            'SELECT COUNT(*) AS n FROM nestmall.orders_tcc_barrier WHERE gid = ?',
            [gid],
          )
        )[0].n,
      );
    const writes = (gid: string, first: number) =>
      `INSERT INTO nestmall.orders_order_discount VALUES (${first}, 1, 'coupon', 1, '${gid}', NULL, 1), ` +
      `(${first + 1}, 1, 'coupon', 1, '${gid}', NULL, 1), (${first + 2}, 1, 'coupon', 1, '${gid}', NULL, 1); ` +
      `INSERT INTO nestmall.orders_tcc_barrier (gid, branch_id, op, created_at_ms) VALUES ('${gid}', 'b', 'try', 0)`;

    // A rollback undoes both sides; an XA transaction prepares and commits over the shards.
    await servers.query(0, `BEGIN; ${writes('rolled-back', 900001)}; ROLLBACK`);
    expect(await shardCount("label = 'rolled-back'")).toBe(0);
    expect(await barrier('rolled-back')).toBe(0);
    await servers.query(
      0,
      `XA START 'sharded-xa'; ${writes('sharded-xa', 900011)}; XA END 'sharded-xa'; XA PREPARE 'sharded-xa'; XA COMMIT 'sharded-xa'`,
    );
    expect(await shardCount("label = 'sharded-xa'")).toBe(3);
    expect(await barrier('sharded-xa')).toBe(1);

    // A shard that dies before COMMIT: the commit fails and the local rows are not kept either.
    const front = servers.query(
      0,
      `BEGIN; ${writes('shard-died', 900021)}; SELECT SLEEP(2); COMMIT`,
    );
    const outcome = front.then(
      () => 'committed',
      (e: Error) => e.message,
    );
    await new Promise((r) => setTimeout(r, 500));
    await servers.crash(1);
    expect(await outcome).toMatch(/gone away|Lost connection|XA/i);
    expect(await barrier('shard-died')).toBe(0);
    expect(await shardCount("label = 'shard-died'")).toBe(0);
  }, 60_000);
});
