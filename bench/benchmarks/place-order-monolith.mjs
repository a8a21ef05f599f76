// place-order-monolith: orders per second through the monolith on MariaDB (POST /orders: a TCC
// global transaction with its log, barriers, freeze then confirm) against the raw-SQL floor
// (bench/baselines/sql-floor.mjs: one local transaction per order, same rows written, no
// coordinator). Same concurrency, same orders: order i is user (i mod 15) + 1 buying one unit
// each of SKU i mod 10 and SKU i+1 mod 10. Stock is set to 1,000,000 units a SKU first, so
// nothing runs out; the books are checked after every round, the shop's own checker included.
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

const STOCK = 1_000_000;

export const placeOrderMonolith = {
  name: 'place-order-monolith',
  title: 'POST /orders on MariaDB: monolith (TCC) vs raw-SQL floor',
  target: null,
  unit: 'orders',
  async run(mode, log) {
    const concurrency = mode.concurrency ?? 32;
    const shop = await startShopOnMariaDb('place_order_monolith');
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

      const systemLoad = (seconds) =>
        httpLoad({
          url: base,
          connections: concurrency,
          seconds,
          requests: orderRequests(tokens),
          okStatus: 201,
        });
      const floorLoad = (seconds) => floor.call({ op: 'orders', concurrency, seconds, skus: SKUS });
      return await alternate(mode, {
        log,
        system: {
          label: 'monolith',
          description:
            'apps/mall on MariaDB: POST /orders with a Bearer token (15 users in turn), 2 lines, TCC try/confirm',
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
