import { createConnection } from 'mysql2/promise';
import { freePort } from './mall.js';
import { httpOk, type Cluster, type ServiceProcess } from './processes.js';

export interface BurstResult {
  tried: number;
  created: number;
  refused: number;
  /** 5xx answers (a service the edge needs is down): the order was not placed. */
  unavailable: number;
  /** The first 5xx answers' status and body (at most 3). */
  answers5xx?: string[];
  /** No answer: the process answering was killed with the request in flight. */
  interrupted: number;
  other: Record<string, number>;
}

/**
 * Logs the users in one after another (each is an argon2 verification: fifteen at once can
 * outlast a gRPC deadline on a loaded 2-core machine), retrying a 503 a few times.
 */
export async function logIn(http: string, users: string[]): Promise<string[]> {
  const tokens: string[] = [];
  for (const user of users) {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${http}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user_name: user, password: '123456' }),
      });
      if (res.ok) {
        tokens.push(((await res.json()) as { access_token: string }).access_token);
        break;
      }
      if (res.status !== 503 || attempt >= 4)
        throw new Error(`log-in of ${user}: ${res.status} ${await res.text()}`);
    }
  }
  return tokens;
}

/** The access tokens of the fifteen demo users (test1..test15). */
export function logInDemoUsers(http: string): Promise<string[]> {
  return logIn(
    http,
    Array.from({ length: 15 }, (_, i) => `test${i + 1}`),
  );
}

/**
 * The built monolith as a child process of `cluster` on free ports with `env` (its
 * DATABASE_URL, say), once ready, and the demo users' tokens.
 */
export async function startMallProcess(
  cluster: Cluster,
  env: Record<string, string>,
): Promise<{ mall: ServiceProcess; http: string; tokens: string[] }> {
  const port = await freePort();
  const http = `http://127.0.0.1:${port}`;
  const mall = await cluster.start(
    'mall',
    'mall',
    { ...env, PORT: String(port), HOST: '127.0.0.1', GRPC_URL: `127.0.0.1:${await freePort()}` },
    httpOk(`${http}/health/ready`),
  );
  return { mall, http, tokens: await logInDemoUsers(http) };
}

/**
 * One-unit orders on random demo SKUs from `concurrency` workers; `during` runs once after `atMs`
 * and once the first order was answered 201 (kill a process, say), while orders are in flight,
 * and the burst goes on for `durationMs - atMs` after it. On a loaded machine no order may be
 * answered by `atMs` (CI 2026-11-30: a kill at 1.2 s found none placed, and the test that wants
 * some placed before the crash failed); `during` waits up to 20 s more for one. Bounded in time
 * and count.
 */
export async function orderBurst(options: {
  http: () => string;
  tokens: string[];
  concurrency: number;
  durationMs: number;
  atMs: number;
  during: () => Promise<void>;
  /** Called with each order answered 201 (its body). */
  onCreated?: (order: { order_id: number; status: string }) => void;
}): Promise<BurstResult> {
  const result: BurstResult = {
    tried: 0,
    created: 0,
    refused: 0,
    unavailable: 0,
    interrupted: 0,
    other: {},
  };
  // Until `during` has run, the burst goes on (at most 5000 orders, or 20 s past atMs).
  let stopAt = Infinity;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const event = (async () => {
    await sleep(options.atMs);
    const latest = Date.now() + 20_000;
    while (result.created === 0 && Date.now() < latest) await sleep(50);
    try {
      await options.during();
    } finally {
      stopAt = Date.now() + options.durationMs - options.atMs;
    }
  })();
  const worker = async (w: number) => {
    while (Date.now() < stopAt && result.tried < 5000) {
      const i = result.tried++;
      const sku = `T0010${Math.floor(Math.random() * 10)}`;
      try {
        const res = await fetch(`${options.http()}/orders`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${options.tokens[(w + i) % options.tokens.length]}`,
          },
          body: JSON.stringify({ items: [{ sku_id: sku, quantity: 1 }] }),
          signal: AbortSignal.timeout(15_000),
        });
        const text = await res.text();
        if (res.status === 201) {
          result.created++;
          options.onCreated?.(JSON.parse(text) as { order_id: number; status: string });
        } else if (res.status === 409) result.refused++;
        else if (res.status >= 500) {
          result.unavailable++;
          // What the first few said, so that an unexpected one explains itself in the log.
          if ((result.answers5xx ??= []).length < 3)
            result.answers5xx.push(`${res.status} ${text.slice(0, 200)}`);
        } else result.other[res.status] = (result.other[res.status] ?? 0) + 1;
      } catch {
        result.interrupted++;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  await event;
  return result;
}

/**
 * Polls the invariant checker until it reports ok; returns how long that took. When it does not
 * get there, the error carries the last report and what `explain` finds (the trail of the
 * orders still awaiting stock, say: `messageTrail`).
 */
export async function waitForCleanBooks(
  http: () => string,
  adminToken: string,
  timeoutMs = 60_000,
  explain?: (report: unknown) => Promise<unknown>,
) {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(`${http()}/admin/invariants`, {
        headers: { 'x-admin-token': adminToken },
      });
      last = await res.json();
      if (res.ok && (last as { ok: boolean }).ok) return { ms: Date.now() - started, report: last };
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const why = explain ? await explain(last).catch((error: unknown) => String(error)) : undefined;
  throw new Error(
    `the books were not clean within ${timeoutMs} ms: ${JSON.stringify(last)}` +
      (why === undefined ? '' : `; trail: ${JSON.stringify(why)}`),
  );
}

/**
 * For the orders a checker report lists as awaiting stock (ORDER_CONSISTENCY=message, one
 * database): each one's events in the outbox (published? attempts, next attempt, lease, in ms
 * from now), the consumers that handled them, any dead letter, and the transactions waiting on
 * locks. What a failed crash test needs to say where a message stopped.
 */
export function messageTrail(url: string): (report: unknown) => Promise<unknown> {
  return async (report) => {
    const awaiting = (report as { awaiting_stock?: { gid: string }[] })?.awaiting_stock ?? [];
    const c = await createConnection({ uri: url });
    try {
      const now = Date.now();
      const trail: Record<string, unknown> = {};
      for (const { gid } of awaiting.slice(0, 5)) {
        const [events] = (await c.query(
          `SELECT id, type, attempts, published_at_ms - ? AS published, next_attempt_at_ms - ? AS next_attempt,
                  lease_until_ms - ? AS lease FROM messaging_outbox WHERE body LIKE ?`,
          [now, now, now, `%${gid}%`],
        )) as unknown as [{ id: string }[]];
        const ids = events.map((e) => e.id);
        const [handled] = ids.length
          ? await c.query('SELECT consumer, event_id FROM messaging_inbox WHERE event_id IN (?)', [
              ids,
            ])
          : [[]];
        const [dead] = ids.length
          ? await c.query(
              'SELECT consumer, event_id, error, attempts FROM messaging_dead_letter WHERE event_id IN (?)',
              [ids],
            )
          : [[]];
        trail[gid] = { events, handled, dead };
      }
      const [[due]] = (await c.query(
        `SELECT COUNT(*) AS n, MIN(created_at_ms) - ? AS oldest FROM messaging_outbox
          WHERE published_at_ms IS NULL`,
        [now],
      )) as unknown as [{ n: number; oldest: number }[]];
      const [locks] = await c.query(
        `SELECT trx_id, trx_state, trx_started, trx_query, trx_mysql_thread_id
           FROM information_schema.innodb_trx`,
      );
      return { orders: trail, unpublished: due, transactions: locks };
    } finally {
      await c.end();
    }
  };
}

/** How many orders each status has, read from the orders' database. */
export async function orderStatuses(url: string): Promise<Record<string, number>> {
  const c = await createConnection({ uri: url });
  try {
    const [rows] = await c.query('SELECT status, COUNT(*) AS n FROM orders_order GROUP BY status');
    return Object.fromEntries(
      (rows as { status: string; n: number }[]).map((r) => [r.status, Number(r.n)]),
    );
  } finally {
    await c.end();
  }
}

/** Units frozen (held by unfinished transactions) over all SKUs; none is ever negative. */
export async function frozenUnits(url: string): Promise<number> {
  const c = await createConnection({ uri: url });
  try {
    const [rows] = await c.query(
      'SELECT COALESCE(SUM(frozen), 0) AS f, COALESCE(MIN(available), 0) AS a FROM inventory_stock',
    );
    const row = (rows as { f: number; a: number }[])[0];
    expect(Number(row.a)).toBeGreaterThanOrEqual(0);
    return Number(row.f);
  } finally {
    await c.end();
  }
}

/** ORDER_GROUP_COMMIT=on: the groups committed so far and the orders in them (GET /metrics). */
export async function groupCommitCounts(http: string): Promise<{ groups: number; orders: number }> {
  const text = await (await fetch(`${http}/metrics`)).text();
  const of = (counted: string) =>
    Number(
      new RegExp(
        `^nestmall_order_group_commit_total\\{[^}]*counted="${counted}"[^}]*\\} (\\d+)`,
        'm',
      ).exec(text)?.[1] ?? NaN,
    );
  return { groups: of('groups'), orders: of('orders') };
}
