#!/usr/bin/env node
// npm run compare:consistency [-- --smoke]: the same order workload with ORDER_CONSISTENCY=tcc,
// message and xa against MariaDB (the built monolith, `npm run build` first), then the same
// workload again with the shop killed with -9 in the middle and restarted. Prints one table:
// orders/s, latency p50/p99, time until the books are consistent, how long a stock row stays
// locked (a probe that locks the busiest SKU's row and times its wait), what the crash left and
// how long recovery took. Then, in a second table, the participant-only crash: the same workload
// against the split topology (every service its own MariaDB database, bench/lib/split.mjs) with
// only the inventory-service killed with -9 mid-run and restarted once the load ends: what it left
// and how long until consistent. `--smoke` skips the split part (starting its dozen processes
// takes a minute or more). Figures from one machine: compare the rows, not the absolute values.
import mysql from 'mysql2/promise';
import {
  sleep,
  startApp,
  stopAll,
  httpOk,
  freePort,
  BENCH_ADMIN_TOKEN,
} from '../bench/lib/processes.mjs';
import { createDatabase, dropAll } from '../bench/lib/mysql.mjs';
import { demoTokens, SKUS, stockRows, checkLedger } from '../bench/lib/shop.mjs';
import { startSplitOnMariaDb } from '../bench/lib/split.mjs';

const smoke = process.argv.includes('--smoke');
const MODES = ['tcc', 'message', 'xa'];
const SECONDS = smoke ? 2 : 8;
const WORKERS = smoke ? 4 : 12;
const HOT_SKU = 'T00100';

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The consistency settings of every run (the monolith, and every service of the split). */
const modeEnv = (mode) => ({
  ORDER_CONSISTENCY: mode,
  TCC_TIMEOUT_MS: '2000',
  TCC_RECOVERY_INTERVAL_MS: '200',
});

/** Enough stock for the whole run: a refusal is not what is compared. */
const restock = (inventorySql) =>
  inventorySql.query(
    'UPDATE inventory_stock SET available = available + 100000, total_in = total_in + 100000',
  );

async function startShop(db, mode) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    HOST: '127.0.0.1',
    PORT: String(port),
    GRPC_URL: `127.0.0.1:${await freePort()}`,
    DATABASE_URL: db.url,
    SEED_DEMO_DATA: 'true',
    ...modeEnv(mode),
  };
  const start = () => startApp(`mall-${mode}`, 'mall', env, () => httpOk(`${base}/health/ready`));
  return { base, app: await start(), start };
}

/** Workers placing one-unit orders on the ten demo SKUs (a third on the hot one) for `ms`. */
async function orderLoad(base, tokens, ms, during) {
  const latencies = [];
  const statuses = {};
  const until = Date.now() + ms;
  let n = 0;
  const worker = async (w) => {
    while (Date.now() < until) {
      const sku = n++ % 3 === 0 ? HOT_SKU : SKUS[Math.floor(Math.random() * SKUS.length)];
      const started = performance.now();
      try {
        const res = await fetch(`${base}/orders`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${tokens[w % tokens.length]}`,
          },
          body: JSON.stringify({ items: [{ sku_id: sku, quantity: 1 }] }),
          signal: AbortSignal.timeout(30_000),
        });
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 201 || res.status === 202) latencies.push(performance.now() - started);
      } catch {
        statuses.error = (statuses.error ?? 0) + 1;
        await sleep(100);
      }
    }
  };
  const started = Date.now();
  const side = during ? sleep(ms / 2).then(during) : Promise.resolve();
  await Promise.all([...Array.from({ length: WORKERS }, (_, w) => worker(w)), side]);
  latencies.sort((a, b) => a - b);
  return {
    placed: latencies.length,
    seconds: (Date.now() - started) / 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
  };
}

/**
 * How long the hot SKU's stock row is held by others: a probe locks it (SELECT ... FOR UPDATE,
 * at once released) every 20 ms and times the wait. Under TCC each local transaction holds it for
 * one guarded UPDATE; under XA the prepared branch holds it until phase two.
 */
function lockProbe(db) {
  const waits = [];
  let stopped = false;
  const done = (async () => {
    const c = await db.connect();
    try {
      await c.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
      while (!stopped) {
        const t = performance.now();
        try {
          await c.query('START TRANSACTION');
          await c.query('SELECT available FROM inventory_stock WHERE sku_id = ? FOR UPDATE', [
            HOT_SKU,
          ]);
          waits.push(performance.now() - t);
        } catch {
          // the shop was killed meanwhile: keep probing
        } finally {
          await c.query('COMMIT').catch(() => undefined);
        }
        await sleep(20);
      }
    } finally {
      await c.end();
    }
  })();
  return async () => {
    stopped = true;
    await done;
    waits.sort((a, b) => a - b);
    return { p50: percentile(waits, 50), max: waits.at(-1) ?? 0 };
  };
}

/** Until the shop's invariant checker is clean (all settled, the books agree); ms, or -1. */
async function untilConsistent(base, limitMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    try {
      const res = await fetch(`${base}/admin/invariants`, {
        headers: { 'x-admin-token': BENCH_ADMIN_TOKEN },
      });
      const report = await res.json();
      if (res.ok && report.ok) return Date.now() - started;
    } catch {
      // restarting
    }
    await sleep(100);
  }
  return -1;
}

/**
 * What a crash left in the databases: unfinished global transactions, PENDING orders (the orders'
 * database, `sql`), frozen units (the inventory's, `inventorySql`: the same one in the monolith),
 * prepared XA branches (of this shop's gids).
 */
async function leftovers(sql, inventorySql = sql) {
  const [[tx]] = await sql.query('SELECT COUNT(*) AS n FROM tcc_global_tx WHERE finished = 0');
  const [[pending]] = await sql.query(
    "SELECT COUNT(*) AS n FROM orders_order WHERE status = 'PENDING'",
  );
  const [[frozen]] = await inventorySql.query(
    'SELECT COALESCE(SUM(frozen), 0) AS n FROM inventory_stock',
  );
  const [gids] = await sql.query('SELECT gid FROM tcc_global_tx');
  const known = new Set(gids.map((r) => r.gid));
  const [xa] = await sql.query('XA RECOVER');
  const prepared = xa.filter((r) =>
    known.has(String(r.data).slice(0, Number(r.gtrid_length))),
  ).length;
  const parts = [];
  if (Number(tx.n)) parts.push(`${tx.n} unfinished tx`);
  if (Number(pending.n)) parts.push(`${pending.n} PENDING`);
  if (Number(frozen.n)) parts.push(`${frozen.n} frozen`);
  if (prepared) parts.push(`${prepared} prepared XA branches`);
  return parts.join(', ') || 'nothing';
}

async function run(mode) {
  const db = await createDatabase(`compare_${mode}`);
  const sql = await db.connect();
  try {
    const shop = await startShop(db, mode);
    await restock(sql);
    const tokens = await demoTokens(shop.base);
    const probe = lockProbe(db);
    const load = await orderLoad(shop.base, tokens, SECONDS * 1000);
    const locks = await probe();
    const consistentMs = await untilConsistent(shop.base);

    // The crash run: kill -9 in the middle of the same workload, then a restart.
    let left = '';
    let app = shop.app;
    await orderLoad(shop.base, tokens, SECONDS * 1000, async () => {
      app.child.kill('SIGKILL');
      await app.exited;
      left = await leftovers(sql);
    });
    const restarted = Date.now();
    app = await shop.start();
    const consistent = await untilConsistent(shop.base);
    const recoveryMs = consistent < 0 ? -1 : Date.now() - restarted; // the restart included
    checkLedger(await stockRows(sql, SKUS), `${mode} after recovery`);
    await app.stop();
    return {
      mode,
      ordersPerSecond: load.placed / load.seconds,
      p50: load.p50,
      p99: load.p99,
      consistentMs,
      lockP50: locks.p50,
      lockMax: locks.max,
      left,
      recoveryMs,
    };
  } finally {
    await sql.end();
  }
}

/**
 * The participant-only crash: the split topology on MariaDB (started once: only the order-service
 * reads ORDER_CONSISTENCY, so it alone is restarted for each mode), the same workload, the
 * inventory-service killed with -9 half-way (the order-service, the coordinator, lives on and
 * keeps answering), restarted when the load ends. Reports the answers, what the outage left in
 * the databases at the restart, and the time from the restart (included) until the invariant
 * checker is clean.
 */
async function runSplit(split, orders, mode) {
  const coordinator = split.services['order-service'];
  if (mode !== MODES[0]) {
    await coordinator.handle.stop();
    await coordinator.restart(modeEnv(mode));
  }
  // The gateway has found the new order-service once the checker answers through it.
  if ((await untilConsistent(split.base)) < 0) throw new Error(`split ${mode}: not consistent`);
  const tokens = await demoTokens(split.base);
  const inventory = split.services['inventory-service'];
  const load = await orderLoad(split.base, tokens, SECONDS * 1000, async () => {
    inventory.handle.child.kill('SIGKILL');
    await inventory.handle.exited;
  });
  const left = await leftovers(orders, split.inventorySql);
  const restarted = Date.now();
  await inventory.restart();
  const consistent = await untilConsistent(split.base);
  const recoveryMs = consistent < 0 ? -1 : Date.now() - restarted;
  checkLedger(await stockRows(split.inventorySql, SKUS), `split ${mode} after recovery`);
  const answers = Object.entries(load.statuses)
    .map(([status, n]) => `${n} x ${status}`)
    .join(', ');
  return { mode, placed: load.placed, answers, left, recoveryMs };
}

/** The split part, every mode on one topology (not in a smoke run: its start takes minutes). */
async function runSplitModes() {
  const split = await startSplitOnMariaDb('compare_split', { env: modeEnv(MODES[0]) });
  const orders = await mysql.createConnection({ uri: split.services['order-service'].databaseUrl });
  try {
    await restock(split.inventorySql);
    const found = [];
    for (const mode of MODES) {
      process.stderr.write(`${mode}, split topology, inventory-service killed...\n`);
      found.push(await runSplit(split, orders, mode));
    }
    return found;
  } finally {
    await orders.end();
    await split.stop();
  }
}

const rows = [];
let splitRows = [];
try {
  for (const mode of MODES) {
    process.stderr.write(`${mode}...\n`);
    rows.push(await run(mode));
  }
  if (!smoke) splitRows = await runSplitModes();
} finally {
  await stopAll();
  await dropAll();
}

const f = (n) => (n < 0 ? 'not within 60 s' : n.toFixed(0));
console.log(
  `\n${smoke ? 'smoke run' : 'run'}: ${WORKERS} buyers, ${SECONDS} s per mode, one-unit orders (a third on ${HOT_SKU}), the monolith on MariaDB\n`,
);
console.log(
  '| mode | orders/s | p50 ms | p99 ms | consistent after (ms) | hot row lock wait p50 / max (ms) | kill -9 mid-run left | recovered after restart (ms) |',
);
console.log('|---|---:|---:|---:|---:|---:|---|---:|');
for (const r of rows)
  console.log(
    `| ${r.mode} | ${r.ordersPerSecond.toFixed(1)} | ${f(r.p50)} | ${f(r.p99)} | ${f(r.consistentMs)} | ${r.lockP50.toFixed(1)} / ${r.lockMax.toFixed(0)} | ${r.left} | ${f(r.recoveryMs)} |`,
  );

if (smoke) console.log('\nThe split topology (participant-only kill) is skipped in a smoke run.');
else {
  console.log(
    `\nThe split topology on MariaDB (a database per service): ${WORKERS} buyers, ${SECONDS} s per mode, the inventory-service killed with -9 half-way and restarted when the load ends\n`,
  );
  console.log(
    '| mode | orders placed | answers | inventory-service down left | consistent after its restart (ms) |',
  );
  console.log('|---|---:|---|---|---:|');
  for (const r of splitRows)
    console.log(`| ${r.mode} | ${r.placed} | ${r.answers} | ${r.left} | ${f(r.recoveryMs)} |`);
}
