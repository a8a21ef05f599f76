// The raw-SQL floor of place-order-monolith and hot-sku: the same business writes as placing an
// order, done with mysql2 directly: no HTTP, no framework, no ORM, no coordinator, no barrier.
// A long-lived process (its pool stays warm between rounds, as the app's does) that answers
// JSON-line commands on stdin:
//
//   {"op":"orders","concurrency":32,"seconds":10,"skus":["T00100",...]}
//     `concurrency` loops, each placing one order at a time: ONE local transaction inserting the
//     order (CREATED) and its two lines into orders_order / orders_order_item, then taking the
//     units with a guarded UPDATE per SKU (available -= q, sold += q WHERE available >= q), SKUs
//     in sorted order; a guard that fails rolls the whole order back (out of stock).
//   {"op":"hot","concurrency":500,"seconds":10,"sku":"T00101","stopAfterSoldOutMs":1000}
//     `concurrency` loops, each sending the single-row guarded UPDATE
//     (available -= 1, sold += 1 WHERE sku_id = ? AND available >= 1), autocommit.
//
// Both use a pool of POOL_SIZE connections (10 by default: the app's pool), at READ COMMITTED
// (as the app's stock transactions), with the app's deadlock retries. Env: DATABASE_URL.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({
  uri: process.env.DATABASE_URL,
  connectionLimit: Number(process.env.POOL_SIZE ?? 10),
  waitForConnections: true,
  queueLimit: 0,
});
pool.pool.on('connection', (connection) => {
  connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
});

const RETRIABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const FREE_SHIPPING_FROM = 9900;
const SHIPPING_FEE = 1000;
const USERS = 15;

let catalog = new Map();

async function loadCatalog() {
  const [rows] = await pool.query('SELECT sku_id, title, price_cents FROM catalog_sku');
  catalog = new Map(rows.map((r) => [r.sku_id, r]));
}

class OutOfStock extends Error {}

/** One order, one local transaction; true when committed, false when a guard said no. */
async function placeOrder(userId, skuIds) {
  const lines = [...skuIds].sort().map((skuId) => {
    const sku = catalog.get(skuId);
    return { skuId, title: sku.title, quantity: 1, unit: sku.price_cents, total: sku.price_cents };
  });
  const subtotal = lines.reduce((sum, l) => sum + l.total, 0);
  const shipping = subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING_FEE;
  for (let attempt = 1; ; attempt++) {
    const connection = await pool.getConnection();
    try {
      await connection.beginTransaction();
      const now = new Date();
      const [order] = await connection.execute(
        'INSERT INTO orders_order (gid, user_id, status, subtotal_cents, shipping_cents, total_cents, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [randomUUID(), userId, 'CREATED', subtotal, shipping, subtotal + shipping, now, now],
      );
      await connection.execute(
        `INSERT INTO orders_order_item (order_id, sku_id, title, quantity, unit_price_cents, line_total_cents) VALUES ${lines.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
        lines.flatMap((l) => [order.insertId, l.skuId, l.title, l.quantity, l.unit, l.total]),
      );
      // The stock rows last: their locks are held for the shortest time.
      for (const l of lines) {
        const [moved] = await connection.execute(
          'UPDATE inventory_stock SET available = available - ?, sold = sold + ? WHERE sku_id = ? AND available >= ?',
          [l.quantity, l.quantity, l.skuId, l.quantity],
        );
        if (moved.affectedRows !== 1) throw new OutOfStock(l.skuId);
      }
      await connection.commit();
      return true;
    } catch (error) {
      await connection.rollback().catch(() => {});
      if (error instanceof OutOfStock) return false;
      if (RETRIABLE.has(error.code) && attempt < 5) continue;
      throw error;
    } finally {
      connection.release();
    }
  }
}

async function takeOne(skuId) {
  for (let attempt = 1; ; attempt++) {
    try {
      const [moved] = await pool.execute(
        'UPDATE inventory_stock SET available = available - 1, sold = sold + 1 WHERE sku_id = ? AND available >= 1',
        [skuId],
      );
      return moved.affectedRows === 1;
    } catch (error) {
      if (RETRIABLE.has(error.code) && attempt < 5) continue;
      throw error;
    }
  }
}

async function run(command) {
  const latencies = [];
  const statuses = {};
  let ok = 0;
  let failed = 0;
  let lastOkAt = 0;
  let soldOutAt = 0;
  let sequence = 0;
  const start = performance.now();
  let end = start + command.seconds * 1000;
  const count = (key) => (statuses[key] = (statuses[key] ?? 0) + 1);
  const operation =
    command.op === 'orders'
      ? () => {
          const i = sequence++;
          const skus = command.skus;
          return placeOrder((i % USERS) + 1, [skus[i % skus.length], skus[(i + 1) % skus.length]]);
        }
      : () => takeOne(command.sku);
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const done = await operation();
        const t1 = performance.now();
        if (t1 > end) break;
        if (done) {
          ok++;
          latencies.push(t1 - t0);
          lastOkAt = t1 - start;
        } else {
          failed++;
          count('out_of_stock');
          if (!soldOutAt) {
            soldOutAt = t1 - start;
            if (command.stopAfterSoldOutMs !== undefined)
              end = Math.min(end, t1 + command.stopAfterSoldOutMs);
          }
        }
      } catch (error) {
        failed++;
        count(error.code ?? 'error');
      }
    }
  };
  await Promise.all(Array.from({ length: command.concurrency }, loop));
  return {
    ok,
    failed,
    statuses,
    seconds: (Math.min(end, performance.now()) - start) / 1000,
    lastOkAt: lastOkAt / 1000,
    soldOutAt: soldOutAt / 1000,
    latencies: latencies.map((l) => Math.round(l * 1000) / 1000),
  };
}

const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');

try {
  await loadCatalog();
} catch (error) {
  send({ error: `cannot read the catalog: ${error.message}` });
  process.exit(1);
}
send({ ready: true, pool: Number(process.env.POOL_SIZE ?? 10) });

let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(async () => {
    try {
      send(await run(JSON.parse(line)));
    } catch (error) {
      send({ error: error.message });
    }
  });
});
process.stdin.on('end', () => queue.then(() => pool.end()).then(() => process.exit(0)));
process.on('SIGTERM', () => pool.end().finally(() => process.exit(0)));
