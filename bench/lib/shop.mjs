// The monolith on a MariaDB database of its own, for the order benchmarks.
import { join } from 'node:path';
import { createDatabase } from './mysql.mjs';
import {
  BENCH_ADMIN_TOKEN,
  edgeProcessesEnv,
  freePort,
  httpOk,
  ROOT,
  sleep,
  startApp,
  startScript,
} from './processes.mjs';

export const SKUS = Array.from({ length: 10 }, (_, i) => `T0010${i}`);

/**
 * Creates nestmall_bench_<name>_<pid>, starts the monolith on it (migrations and demo data run
 * at its start) and the raw-SQL floor on the same database. stop() ends both and drops it.
 */
export async function startShopOnMariaDb(benchmark, { poolSize = 10, env = {} } = {}) {
  const db = await createDatabase(benchmark);
  const stops = [() => db.drop()];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e) => console.error(e.message));
  };
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const app = await startApp(
      'mall',
      'mall',
      {
        HOST: '127.0.0.1',
        PORT: String(port),
        GRPC_URL: `127.0.0.1:${await freePort()}`,
        DATABASE_URL: db.url,
        SEED_DEMO_DATA: 'true',
        // WEB_CONCURRENCY in the bench's environment: the monolith's worker processes.
        ...edgeProcessesEnv(),
        ...env,
      },
      () => httpOk(`${base}/skus/T00109/stock`),
    );
    stops.push(() => app.stop());
    const sql = await db.connect();
    stops.push(() => sql.end());
    const floor = await startScript('sql-floor', join(ROOT, 'bench/baselines/sql-floor.mjs'), [], {
      DATABASE_URL: db.url,
      POOL_SIZE: String(poolSize),
    });
    stops.push(() => floor.stop());
    return { db, app, base, sql, floor, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Logs in test1..test15 (password 123456) and returns their access tokens. */
export async function demoTokens(base) {
  const tokens = [];
  for (let i = 1; i <= 15; i++) {
    const response = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_name: `test${i}`, password: '123456' }),
    });
    if (response.status !== 201 && response.status !== 200)
      throw new Error(`log-in of test${i}: ${response.status} ${await response.text()}`);
    tokens.push((await response.json()).access_token);
  }
  return tokens;
}

/** Sets a SKU's available units, keeping available + frozen + sold = total_in. */
export async function setAvailable(sql, skuIds, available) {
  const [result] = await sql.query(
    'UPDATE inventory_stock SET available = ?, total_in = frozen + sold + ? WHERE sku_id IN (?)',
    [available, available, skuIds],
  );
  if (result.affectedRows !== skuIds.length)
    throw new Error(`stock of ${skuIds.join(', ')}: ${result.affectedRows} rows updated`);
}

export async function stockRows(sql, skuIds) {
  const [rows] = await sql.query(
    'SELECT sku_id, available, frozen, sold, total_in FROM inventory_stock WHERE sku_id IN (?) ORDER BY sku_id',
    [skuIds],
  );
  return rows.map((r) => ({
    sku_id: r.sku_id,
    available: Number(r.available),
    frozen: Number(r.frozen),
    sold: Number(r.sold),
    total_in: Number(r.total_in),
  }));
}

/** Every SKU row: nothing negative, available + frozen + sold = total_in. Throws otherwise. */
export function checkLedger(rows, where) {
  for (const r of rows) {
    if (
      r.available < 0 ||
      r.frozen < 0 ||
      r.sold < 0 ||
      r.available + r.frozen + r.sold !== r.total_in
    )
      throw new Error(`${where}: broken stock ledger ${JSON.stringify(r)}`);
  }
}

/**
 * Waits until the shop's own invariant checker (GET /admin/invariants) is clean: every global
 * transaction finished, sold and frozen agree with the orders. `ignore(problem)` leaves out
 * problems the caller expects (SKUs a floor wrote without orders). Throws after `seconds`.
 */
export async function waitInvariants(base, { seconds = 60, ignore = () => false } = {}) {
  const deadline = Date.now() + seconds * 1000;
  let report;
  while (Date.now() < deadline) {
    const response = await fetch(`${base}/admin/invariants`, {
      headers: { 'x-admin-token': BENCH_ADMIN_TOKEN },
    });
    report = await response.json();
    const problems = (report.problems ?? []).filter((p) => !ignore(p));
    if (response.ok && problems.length === 0 && report.unfinished_transactions?.length === 0)
      return report;
    await sleep(250);
  }
  throw new Error(
    `the shop's invariants are not clean after ${seconds} s: ${JSON.stringify(report).slice(0, 2000)}`,
  );
}
