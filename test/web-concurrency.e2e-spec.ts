import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mariadbDatabase, sqliteDatabase } from './support/databases.js';
import { freePort } from './support/mall.js';
import { logIn } from './support/order-burst.js';
import { Cluster, httpOk, type ServiceProcess } from './support/processes.js';
import { RABBITMQ_URL, rabbitmqAvailable } from './support/rabbitmq.js';
import amqplib from 'amqplib';
import {
  deleteKeysUnder,
  REDIS_URL,
  redisAvailable,
  redisClient,
  uniqueKeyPrefix,
} from './support/redis.js';

/**
 * WEB_CONCURRENCY=2 (docs/performance.md, "Both cores"): the built monolith as a node:cluster
 * primary with two workers on MariaDB, its stores on Redis and the IM's pushes on RabbitMQ. Both
 * workers answer (the access log's pid), an order's events are published once across the two
 * (nestmall_messages_total, which GET /metrics sums over the workers), the background
 * jobs run in the elected worker only (the unpaid-order closer logs from its pid), a kill -9 of
 * that worker is survived (the other serves meanwhile, its replacement takes the jobs over), and
 * SIGTERM to the primary stops everything cleanly. With SQLite the start is refused.
 */

/** The JSON log records of the app's output (LOG_FORMAT=json), the primary's included. */
function records(cluster: Cluster): Record<string, unknown>[] {
  return cluster.output
    .join('')
    .split('\n')
    .map((line) => line.replace(/^\[[^\]]+\] /, ''))
    .flatMap((line) => {
      try {
        return line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : [];
      } catch {
        return []; // a line cut where the output was read
      }
    });
}

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** GET on a connection of its own (the primary hands each new connection to the next worker). */
function getOnNewConnection(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false, headers: { connection: 'close' } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `nestmall_messages_total` by outcome, as GET /metrics answers on a new connection. */
async function messages(http: string): Promise<Record<string, number>> {
  const { status, body } = await getOnNewConnection(`${http}/metrics`);
  expect(status).toBe(200);
  const outcomes: Record<string, number> = {};
  for (const m of body.matchAll(/^nestmall_messages_total\{[^}]*outcome="(\w+)"[^}]*\} (\d+)$/gm))
    outcomes[m[1]] = Number(m[2]);
  return outcomes;
}

describe('WEB_CONCURRENCY=2 on SQLite', () => {
  const cluster = new Cluster();
  const database = sqliteDatabase();
  afterAll(async () => {
    await cluster.stopAll();
    await database.drop();
  });

  it('is refused at start with one line naming the setting, exit code 1', async () => {
    const start = cluster.start(
      'mall',
      'mall',
      {
        DATABASE_URL: database.url,
        WEB_CONCURRENCY: '2',
        GRPC_URL: `127.0.0.1:${await freePort()}`,
      },
      () => Promise.resolve(false),
    );
    await expect(start).rejects.toThrow(/exited with 1/);
    const fatal = cluster.output
      .join('')
      .split('\n')
      .filter((l) => /failed to start/.test(l));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(
      /failed to start: WEB_CONCURRENCY=2 needs state shared between processes, but DATABASE_URL is SQLite \(one writer; use MySQL\/MariaDB\), THROTTLE_STORE=memory \(set redis\)/,
    );
    // Refused by the primary: no worker was forked, so no app started.
    expect(cluster.output.join('')).not.toMatch(/REST {8}http/);
  });
});

const ready =
  (await redisAvailable('the WEB_CONCURRENCY e2e suite')) &&
  (await rabbitmqAvailable('the WEB_CONCURRENCY e2e suite'));
const database = ready ? await mariadbDatabase('nestmall_cluster_e2e') : null;

if (!database) {
  it.skip('WEB_CONCURRENCY=2: no MariaDB, Redis or RabbitMQ, see the warning above', () =>
    undefined);
} else {
  const shop = database;
  describe('the monolith with WEB_CONCURRENCY=2 (MariaDB, Redis, RabbitMQ)', () => {
    const cluster = new Cluster();
    let mall: ServiceProcess;
    let http = '';
    let token = '';
    const keyPrefix = uniqueKeyPrefix();
    const rabbitPrefix = `nestmall-e2e-${randomBytes(4).toString('hex')}`;
    afterAll(async () => {
      await cluster.stopAll();
      await shop.drop();
      // What the shop left on the shared Redis and RabbitMQ: its keys, the IM's fanout exchange.
      const redis = redisClient();
      await deleteKeysUnder(redis, keyPrefix);
      await redis.quit();
      const broker = await amqplib.connect(RABBITMQ_URL);
      const channel = await broker.createChannel();
      await channel.deleteExchange(`${rabbitPrefix}.im.fanout`);
      await broker.close();
    });

    /** The pid the primary gave the background jobs to, from its last word on it. */
    const electedPid = () => {
      const said = records(cluster)
        .filter((r) => r.context === 'Cluster')
        .map((r) =>
          /background jobs in worker (\d+)|worker (\d+) replaced worker/.exec(String(r.message)),
        )
        .filter(Boolean);
      return said.length ? Number(said.at(-1)?.[1] ?? said.at(-1)?.[2]) : undefined;
    };

    /** The pids that logged closing unpaid orders. */
    const closerPids = () =>
      new Set(
        records(cluster)
          .filter(
            (r) =>
              r.context === 'UnpaidOrdersCloser' && /closed \d+ unpaid/.test(String(r.message)),
          )
          .map((r) => Number(r.pid)),
      );

    async function placeOrder(): Promise<number> {
      const res = await fetch(`${http}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ items: [{ sku_id: 'T00101', quantity: 1 }] }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { order_id: number }).order_id;
    }

    async function orderStatus(id: number): Promise<string> {
      const rows = await shop.query<{ status: string }>(
        'SELECT status FROM orders_order WHERE order_id = ?',
        [id],
      );
      return rows[0]?.status ?? 'missing';
    }

    it('starts two workers after the elected one, and both answer', async () => {
      const port = await freePort();
      http = `http://127.0.0.1:${port}`;
      mall = await cluster.start(
        'mall',
        'mall',
        {
          DATABASE_URL: shop.url,
          PORT: String(port),
          GRPC_URL: `127.0.0.1:${await freePort()}`,
          WEB_CONCURRENCY: '2',
          THROTTLE_STORE: 'redis',
          AUTH_REVOCATIONS: 'redis',
          VERIFICATION_CODE_STORE: 'redis',
          VERIFICATION_SECRET: randomBytes(32).toString('hex'),
          IM_FANOUT: 'rabbitmq',
          REDIS_URL,
          REDIS_KEY_PREFIX: keyPrefix,
          RABBITMQ_URL,
          RABBITMQ_PREFIX: rabbitPrefix,
          LOG_FORMAT: 'json',
          LOG_LEVEL: 'log',
          // An order unpaid for 1 s is closed by the next pass (every 200 ms): the closer's log
          // line says which process runs the background jobs.
          ORDER_PAYMENT_TIMEOUT_MS: '1000',
          ORDER_CLOSE_INTERVAL_MS: '200',
        },
        httpOk(`${http}/health/ready`),
      );
      const elected = await waitFor('both workers started', electedPid, 120_000);
      expect(elected).not.toBe(mall.child?.pid);

      const answers = await Promise.all(
        Array.from({ length: 12 }, () => getOnNewConnection(`${http}/users/5`)),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
      // Each worker writes its access log line as it answers: wait for all twelve.
      const lines = await waitFor('12 access log lines', () => {
        const found = records(cluster).filter(
          (r) => r.context === 'HTTP' && /GET \/users\/5 200/.test(String(r.message)),
        );
        return found.length >= 12 ? found : undefined;
      });
      const servedBy = new Set(lines.map((r) => Number(r.pid)));
      expect(servedBy.size).toBe(2);
      expect(servedBy.has(elected)).toBe(true);
      expect(servedBy.has(mall.child!.pid!)).toBe(false);
    }, 240_000);

    it('relays an order’s events once across the two, and only the elected worker closes it', async () => {
      [token] = await logIn(http, ['test3']);
      const id = await placeOrder();
      // Unpaid past 1 s: the closer (background job) closes it, writing OrderClosed.
      const deadline = Date.now() + 30_000;
      while ((await orderStatus(id)) !== 'CLOSED' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect(await orderStatus(id)).toBe('CLOSED');
      expect([...closerPids()]).toEqual([electedPid()]);

      // Every event written so far goes out once: the publish count of the edge (GET /metrics
      // sums every worker's, whichever worker takes the scrape) equals the outbox rows, and no
      // consumer saw a duplicate.
      let edge: Record<string, number> = {};
      let again: Record<string, number> = {};
      let rows = 0;
      for (let i = 0; i < 50; i++) {
        const [{ total, pending }] = await shop.query<{ total: number; pending: number }>(
          'SELECT COUNT(*) AS total, SUM(published_at_ms IS NULL) AS pending FROM messaging_outbox',
        );
        rows = Number(total);
        edge = await messages(http);
        again = await messages(http);
        if (Number(pending) === 0 && edge.published === rows && again.published === rows) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(rows).toBeGreaterThan(0);
      expect(edge.published).toBe(rows);
      expect(again.published).toBe(rows);
      expect(edge.duplicate ?? 0).toBe(0);
    });

    it('kill -9 of the elected worker: the other serves meanwhile, a replacement takes the jobs', async () => {
      const victim = electedPid()!;
      process.kill(victim, 'SIGKILL');
      // Once the primary knows (it hands no new connection to the dead worker then), before the
      // replacement serves: the other worker alone answers.
      await waitFor('the primary to notice', () =>
        records(cluster).some(
          (r) => r.context === 'Cluster' && String(r.message).startsWith(`worker ${victim} exited`),
        )
          ? true
          : undefined,
      );
      const during = [];
      for (let i = 0; i < 10; i++)
        during.push((await getOnNewConnection(`${http}/users/5`)).status);
      expect(during).toEqual(Array(10).fill(200));

      const replacement = await waitFor(
        'the replacement',
        () => {
          const pid = electedPid();
          return pid !== undefined && pid !== victim ? pid : undefined;
        },
        120_000,
      );
      expect(alive(victim)).toBe(false);
      expect(alive(replacement)).toBe(true);
      const id = await placeOrder();
      const deadline = Date.now() + 30_000;
      while ((await orderStatus(id)) !== 'CLOSED' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect(await orderStatus(id)).toBe('CLOSED');
      expect([...closerPids()].sort()).toEqual([victim, replacement].sort());
    }, 180_000);

    it('SIGTERM to the primary stops every worker and the primary by itself', async () => {
      const workers = new Set(
        records(cluster)
          .filter((r) => r.context === 'HTTP')
          .map((r) => Number(r.pid)),
      );
      workers.add(electedPid()!);
      expect(workers.size).toBe(3); // the two first workers and the replacement
      await mall.kill('SIGTERM', 30_000);
      expect({ exitCode: mall.exitCode, killedBy: mall.killedBy }).toEqual({
        exitCode: null,
        killedBy: 'SIGTERM',
      });
      for (const pid of workers) expect(alive(pid)).toBe(false);
    });
  });
}
