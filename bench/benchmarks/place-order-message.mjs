// place-order-message: the same orders as place-order-monolith through the monolith on MariaDB
// with ORDER_CONSISTENCY=message (the two-phase message: the order commits PENDING with
// OrderRequested in its outbox, answered at once; the relay and the in-process consumers settle
// it), against the same raw-SQL floor. A round counts an order only once it is settled
// (CREATED): its time runs from the first request until the last order of the round left
// PENDING, so a backlog the relay has not worked off yet is not counted as done. p50 / p99 are
// the answers' latencies (acceptance), not settlement.
import { alternate } from '../lib/harness.mjs';
import { httpLoad } from '../lib/load.mjs';
import {
  checkLedger,
  demoTokens,
  setAvailable,
  SKUS,
  startShopOnMariaDb,
  stockRows,
  waitInvariants,
} from '../lib/shop.mjs';
import { orderRequests } from './place-order-monolith.mjs';

const STOCK = 1_000_000;

export const placeOrderMessage = {
  name: 'place-order-message',
  title: 'POST /orders on MariaDB, ORDER_CONSISTENCY=message: monolith vs raw-SQL floor',
  target: null,
  unit: 'orders',
  async run(mode, log) {
    const concurrency = mode.concurrency ?? 32;
    const shop = await startShopOnMariaDb('place_order_message', {
      env: { ORDER_CONSISTENCY: 'message' },
    });
    try {
      const { base, sql, floor } = shop;
      await setAvailable(sql, SKUS, STOCK);
      const tokens = await demoTokens(base);

      const pending = async () => {
        const [rows] = await sql.query(
          "SELECT COUNT(*) AS n FROM orders_order WHERE status = 'PENDING'",
        );
        return Number(rows[0].n);
      };
      /** Waits until every order left PENDING; returns how long that took (s). */
      const settle = async () => {
        const started = Date.now();
        while ((await pending()) > 0) {
          if (Date.now() - started > 120_000) throw new Error('orders still PENDING after 120 s');
          await new Promise((r) => setTimeout(r, 20));
        }
        return (Date.now() - started) / 1000;
      };
      const check = async (where) => {
        const rows = await stockRows(sql, SKUS);
        checkLedger(rows, where);
        await waitInvariants(base);
      };

      const systemLoad = async (seconds) => {
        const result = await httpLoad({
          url: base,
          connections: concurrency,
          seconds,
          requests: orderRequests(tokens),
          okStatus: 201,
        });
        const drain = await settle();
        const [failed] = await sql.query(
          "SELECT COUNT(*) AS n FROM orders_order WHERE status <> 'CREATED'",
        );
        if (Number(failed[0].n) > 0)
          throw new Error(`${failed[0].n} orders did not end CREATED (stock is plentiful)`);
        return { ...result, seconds: result.seconds + drain, drain_s: drain };
      };
      const floorLoad = (seconds) => floor.call({ op: 'orders', concurrency, seconds, skus: SKUS });
      return await alternate(mode, {
        log,
        system: {
          label: 'monolith (message)',
          description:
            'apps/mall on MariaDB, ORDER_CONSISTENCY=message: POST /orders (15 users in turn), 2 lines; counted once settled (CREATED)',
          concurrency,
          pid: shop.app.child.pid,
          cpuOf: 'the monolith process (MariaDB not counted)',
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
