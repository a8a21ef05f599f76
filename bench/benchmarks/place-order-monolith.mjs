// place-order-monolith: orders per second through the monolith on MariaDB (POST /orders: a TCC
// global transaction with its log, barriers, freeze then confirm) against the raw-SQL floor
// (bench/baselines/sql-floor.mjs: one local transaction per order, same rows written, no
// coordinator). Same concurrency, same orders: order i is user (i mod 15) + 1 buying one unit
// each of SKU i mod 10 and SKU i+1 mod 10. Stock is set to 1,000,000 units a SKU first, so
// nothing runs out; the books are checked after every round, the shop's own checker included.
import { alternate } from '../lib/harness.mjs';
import { httpLoad } from '../lib/load.mjs';
import { serverCounters } from '../lib/mysql.mjs';
import {
  checkLedger,
  demoTokens,
  setAvailable,
  SKUS,
  startShopOnMariaDb,
  stockRows,
  waitInvariants,
} from '../lib/shop.mjs';

const STOCK = 1_000_000;

export const placeOrderMonolith = placeOrderBenchmark({ message: false });

/**
 * place-order-message: the same orders with ORDER_CONSISTENCY=message (the two-phase message:
 * the order commits PENDING with OrderRequested in its outbox, answered at once; the relay and
 * the in-process consumers settle it). A round counts an order only once it is settled
 * (CREATED): its time runs from the first request until the last order of the round left
 * PENDING, so a backlog not worked off yet is not counted as done. p50 / p99 are the answers'
 * latencies (acceptance), not settlement.
 */
export const placeOrderMessage = placeOrderBenchmark({ message: true });

/**
 * place-order-group: the same orders with ORDER_GROUP_COMMIT=on (the one-phase commits of a few
 * milliseconds in one local transaction, a savepoint each).
 */
export const placeOrderGroup = placeOrderBenchmark({ message: false, group: true });

function placeOrderBenchmark({ message, group = false }) {
  const name = message
    ? 'place-order-message'
    : group
      ? 'place-order-group'
      : 'place-order-monolith';
  return {
    name,
    title: message
      ? 'POST /orders on MariaDB, ORDER_CONSISTENCY=message: monolith vs raw-SQL floor'
      : `POST /orders on MariaDB: monolith (TCC${group ? ', group commit' : ''}) vs raw-SQL floor`,
    // Issue 16's goal for the monolith; the two-phase message has none of its own.
    target: message ? null : 0.6,
    unit: 'orders',
    async run(mode, log) {
      const concurrency = mode.concurrency ?? 32;
      const shop = await startShopOnMariaDb(name.replaceAll('-', '_'), {
        env: {
          ...(message ? { ORDER_CONSISTENCY: 'message' } : {}),
          ...(group ? { ORDER_GROUP_COMMIT: 'on' } : {}),
        },
      });
      try {
        const { base, sql, floor } = shop;
        await setAvailable(sql, SKUS, STOCK);
        const tokens = await demoTokens(base);

        const check = async (where) => {
          const rows = await stockRows(sql, SKUS);
          checkLedger(rows, where);
          if (rows.some((r) => r.available < STOCK / 10))
            throw new Error(`${where}: stock ran low, raise STOCK: ${JSON.stringify(rows)}`);
          await waitInvariants(base);
        };

        /** Message mode: waits until every order left PENDING; returns how long that took (s). */
        const settle = async () => {
          const started = Date.now();
          for (;;) {
            const [rows] = await sql.query(
              "SELECT COUNT(*) AS n FROM orders_order WHERE status = 'PENDING'",
            );
            if (Number(rows[0].n) === 0) break;
            if (Date.now() - started > 120_000) throw new Error('orders still PENDING after 120 s');
            await new Promise((r) => setTimeout(r, 20));
          }
          const [failed] = await sql.query(
            "SELECT COUNT(*) AS n FROM orders_order WHERE status <> 'CREATED'",
          );
          if (Number(failed[0].n) > 0)
            throw new Error(`${failed[0].n} orders did not end CREATED (stock is plentiful)`);
          return (Date.now() - started) / 1000;
        };
        const systemLoad = async (seconds) => {
          const result = await httpLoad({
            url: base,
            connections: concurrency,
            seconds,
            requests: orderRequests(tokens),
            okStatus: 201,
          });
          if (!message) return result;
          const drain = await settle();
          return { ...result, seconds: result.seconds + drain, drain_s: drain };
        };
        const floorLoad = (seconds) =>
          floor.call({ op: 'orders', concurrency, seconds, skus: SKUS });
        return await alternate(mode, {
          log,
          system: {
            label: message ? 'monolith (message)' : 'monolith',
            description: message
              ? 'apps/mall on MariaDB, ORDER_CONSISTENCY=message: POST /orders (15 users in turn), 2 lines; counted once settled (CREATED)'
              : `apps/mall on MariaDB: POST /orders with a Bearer token (15 users in turn), 2 lines, TCC try/confirm${group ? ', ORDER_GROUP_COMMIT=on' : ''}`,
            concurrency,
            pid: shop.app.child.pid,
            cpuOf: 'the monolith process (MariaDB not counted)',
            counters: () => serverCounters(sql),
            warm: (seconds) => systemLoad(seconds).then(() => check('monolith')),
            measure: systemLoad,
            after: () => check('monolith'),
          },
          baseline: {
            label: 'raw-SQL floor',
            description:
              'mysql2, pool of 10: one transaction per order: INSERT order + 2 items, 2 guarded stock UPDATEs',
            concurrency,
            pid: floor.child.pid,
            cpuOf: 'the floor script, its load loop included (MariaDB not counted)',
            counters: () => serverCounters(sql),
            warm: (seconds) => floorLoad(seconds).then(() => check('raw-SQL floor')),
            measure: floorLoad,
            after: () => check('raw-SQL floor'),
          },
        });
      } finally {
        await shop.stop();
      }
    },
  };
}

/** autocannon requests: order i by user (i mod 15) + 1, SKUs i mod 10 and i+1 mod 10. */
export function orderRequests(tokens) {
  let sequence = 0;
  return [
    {
      method: 'POST',
      path: '/orders',
      setupRequest: (request) => {
        const i = sequence++;
        const items = [SKUS[i % SKUS.length], SKUS[(i + 1) % SKUS.length]]
          .sort()
          .map((sku_id) => ({ sku_id, quantity: 1 }));
        return {
          ...request,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${tokens[i % tokens.length]}`,
          },
          body: JSON.stringify({ items }),
        };
      },
    },
  ];
}
