// place-order-split: orders per second through the split topology on MariaDB (POST /orders at
// the gateway -> order-service over gRPC, which prices the order with the catalog (inventory-
// service) and the marketing-service, and whose TCC Try/Confirm reach the inventory-service over
// gRPC; every service app of libs/topology runs, each on its own database, events over RabbitMQ
// to their consumers) against the raw-SQL floor
// (bench/baselines/sql-floor.mjs: one local transaction per order on one database). Same
// concurrency, same orders as place-order-monolith: order i is user (i mod 15) + 1 buying one
// unit each of SKU i mod 10 and SKU i+1 mod 10, stock 1,000,000 units a SKU. The books are
// checked after every round: the inventory's ledger and the shop's own invariant checker.
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
import { startSplitOnMariaDb } from '../lib/split.mjs';
import { orderRequests } from './place-order-monolith.mjs';

const STOCK = 1_000_000;

export const placeOrderSplit = {
  name: 'place-order-split',
  title:
    'POST /orders on MariaDB: split topology (gateway + 11 service apps, TCC over gRPC) vs raw-SQL floor',
  // Issue 16's goal for the split: 0.3 of the floor, with p99 at most 150 ms at concurrency 32.
  target: 0.3,
  unit: 'orders',
  async run(mode, log) {
    const concurrency = mode.concurrency ?? 32;
    // The floor needs the monolith's schema in one database: the monolith migrates and seeds
    // it, then stops, leaving the floor process on it.
    const floorShop = await startShopOnMariaDb('place_order_split_floor');
    let split;
    try {
      await floorShop.app.stop();
      split = await startSplitOnMariaDb('place_order_split');
      const { base, inventorySql } = split;
      await setAvailable(inventorySql, SKUS, STOCK);
      await setAvailable(floorShop.sql, SKUS, STOCK);
      const tokens = await demoTokens(base);

      const ledger = async (sql, where) => {
        const rows = await stockRows(sql, SKUS);
        checkLedger(rows, where);
        if (rows.some((r) => r.available < STOCK / 10))
          throw new Error(`${where}: stock ran low, raise STOCK: ${JSON.stringify(rows)}`);
      };
      const checkSplit = async () => {
        await waitInvariants(base);
        await ledger(inventorySql, 'split');
      };
      const checkFloor = () => ledger(floorShop.sql, 'raw-SQL floor');

      const systemLoad = (seconds) =>
        httpLoad({
          url: base,
          connections: concurrency,
          seconds,
          requests: orderRequests(tokens),
          okStatus: 201,
        });
      const floorLoad = (seconds) =>
        floorShop.floor.call({ op: 'orders', concurrency, seconds, skus: SKUS });
      return await alternate(mode, {
        log,
        system: {
          label: 'split',
          description:
            'gateway + the 11 service apps of libs/topology on MariaDB (a database each): POST /orders with a Bearer token (15 users in turn), 2 lines, priced (catalog, promotions), TCC try/confirm over gRPC, events to their consumers',
          concurrency,
          pid: split.pids,
          cpuOf:
            'the 12 processes of the split: gateway and 11 service apps, event consumers included (MariaDB and RabbitMQ not counted)',
          counters: () => serverCounters(inventorySql),
          warm: (seconds) => systemLoad(seconds).then(checkSplit),
          measure: systemLoad,
          after: checkSplit,
        },
        baseline: {
          label: 'raw-SQL floor',
          description:
            'mysql2, pool of 10: one transaction per order: INSERT order + 2 items, 2 guarded stock UPDATEs',
          concurrency,
          pid: floorShop.floor.child.pid,
          cpuOf: 'the floor script, its load loop included (MariaDB not counted)',
          counters: () => serverCounters(floorShop.sql),
          warm: (seconds) => floorLoad(seconds).then(checkFloor),
          measure: floorLoad,
          after: checkFloor,
        },
      });
    } finally {
      await split?.stop();
      await floorShop.stop();
    }
  },
};
