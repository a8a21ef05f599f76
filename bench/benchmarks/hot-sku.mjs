// hot-sku: a flash sale. 500 concurrent buyers of one SKU, one unit each, with less stock than
// demand. The monolith on MariaDB (POST /orders, SKU T00100) against the floor: the raw
// single-row guarded UPDATE (available -= 1, sold += 1 WHERE available >= 1) at the same
// concurrency (SKU T00101, same table). A side's figure is units sold per second until it sold
// out: its stock divided by the time of its last successful sale.
//
// A round is a sale that runs until 1 s after the first refusal (409, or a guard that matched
// no row), so every round ends in a burst of refusals that an oversell would show (capped at
// max(30 s, 3 rounds' length)). Each side's stock is sized from its own warm-up (two small
// sales; one in a smoke run) to last ~60 % of a round, and never below the number of buyers. After every sale:
// sold <= the stock given, available >= 0, available + frozen + sold = total_in, and for the
// monolith its own invariant checker (orders agree with sold and frozen), or the run fails.
//
// hot-sku-gate: the same sale with the monolith's hot-SKU gate on (HOT_SKU_GATE=redis: per-SKU
// counts in Redis taken by a Lua script, so the losers are refused before any transaction).
//
// hot-sku-group and hot-sku-gate-group: the same two with ORDER_GROUP_COMMIT=on (the orders
// admitted within a few milliseconds commit in one local transaction, one savepoint each, so the
// SKU's row is locked once a group). hot-sku-gate-group is how a shop would run a sale.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { alternate } from '../lib/harness.mjs';
import { httpLoad } from '../lib/load.mjs';
import {
  checkLedger,
  demoTokens,
  setAvailable,
  startShopOnMariaDb,
  stockRows,
  waitInvariants,
} from '../lib/shop.mjs';

const SYSTEM_SKU = 'T00100';
const FLOOR_SKU = 'T00101';
const STOP_AFTER_SOLD_OUT_MS = 1000;
/** Stock given in a round: what the side sells in this share of a round at its warm-up rate. */
const SELL_OUT_SHARE = 0.6;

export const hotSku = hotSkuBenchmark({ name: 'hot-sku', gate: false });
export const hotSkuGate = hotSkuBenchmark({ name: 'hot-sku-gate', gate: true });
export const hotSkuGroup = hotSkuBenchmark({ name: 'hot-sku-group', gate: false, group: true });
export const hotSkuGateGroup = hotSkuBenchmark({
  name: 'hot-sku-gate-group',
  gate: true,
  group: true,
});

function hotSkuBenchmark({ name, gate, group = false }) {
  const settings = [gate && 'the Redis hot-SKU gate', group && 'group commit'].filter(Boolean);
  return {
    name,
    title:
      `500 buyers, one SKU: monolith${settings.length ? ` with ${settings.join(' and ')}` : ''}` +
      ' vs single-row guarded UPDATE',
    // Issue 16's goal: half the floor's units sold per second, never an oversell.
    target: 0.5,
    unit: 'orders',
    async run(mode, log) {
      const concurrency = mode.hotConcurrency ?? 500;
      const capSeconds = Math.max(30, 3 * mode.seconds);
      const prefix = `nestmall-bench-${randomBytes(4).toString('hex')}`;
      const redis = gate
        ? new Redis(process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379')
        : null;
      const shop = await startShopOnMariaDb(name.replaceAll('-', '_'), {
        env: {
          ...(gate
            ? {
                HOT_SKU_GATE: 'redis',
                REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
                REDIS_KEY_PREFIX: prefix,
              }
            : {}),
          ...(group ? { ORDER_GROUP_COMMIT: 'on' } : {}),
        },
      });
      try {
        const { base, sql, floor } = shop;
        const tokens = await demoTokens(base);
        const quiet = () =>
          waitInvariants(base, { ignore: (problem) => problem.startsWith(`${FLOOR_SKU}:`) });

        const side = ({ label, description, sku, load, pid, cpuOf }) => {
          let stock = 0;
          let before;
          /** Set-up of a sale of `units`: a quiet shop, the stock set. */
          const open = async (units) => {
            await quiet();
            await setAvailable(sql, [sku], units);
            // A restock behind the shop's back: the gate learns it at once (else within its TTL).
            await redis?.del(`${prefix}:stock:${sku}`);
            // ... and the edges drop the SKU from their sold-out boards (as the gate's reload would).
            await redis?.publish(`${prefix}:in-stock`, sku);
            [before] = await stockRows(sql, [sku]);
          };
          /** A sale: runs until 1 s after the first refusal (or the cap). */
          const run = () => load(capSeconds, STOP_AFTER_SOLD_OUT_MS, before.available);
          /** After a sale: no oversell, a sound ledger, a clean invariant checker. */
          const close = async (result) => {
            await quiet();
            const [after] = await stockRows(sql, [sku]);
            checkLedger([after], `${label} (${sku})`);
            const units = before.available;
            const sold = after.sold - before.sold;
            if (sold > units || after.available < 0 || sold < result.ok)
              throw new Error(
                `OVERSOLD or lost sales on ${sku} (${label}): stock ${units}, sold ${sold}, ` +
                  `${result.ok} successes seen, now ${JSON.stringify(after)}`,
              );
            const soldOut = result.soldOutAt > 0;
            if (!soldOut) log(`    ${label}: did not sell out ${units} units in ${capSeconds} s`);
            return {
              // Units sold per second until the last sale (the whole run if it never sold out).
              seconds: soldOut && result.lastOkAt > 0 ? result.lastOkAt : result.seconds,
              stock: units,
              units_sold: sold,
              sold_out: soldOut,
              oversold: 0,
            };
          };
          const sale = async (units) => {
            await open(units);
            const result = await run();
            return { ...result, ...(await close(result)) };
          };
          return {
            label,
            description,
            concurrency,
            pid,
            cpuOf,
            // Two small sales: they warm up and tell how much stock lasts ~60 % of a round.
            async warm(seconds) {
              const first = await sale(concurrency);
              let rate = first.ok / first.seconds;
              if (!mode.smoke) {
                const second = await sale(Math.max(concurrency, Math.round(rate * seconds)));
                rate = second.ok / second.seconds;
              }
              stock = Math.max(concurrency, Math.round(rate * mode.seconds * SELL_OUT_SHARE));
              log(`    ${label}: ${Math.round(rate)} /s in warm-up: ${stock} units a round`);
            },
            before: () => open(stock),
            measure: run,
            after: close,
          };
        };

        const system = side({
          label: 'monolith',
          description: `apps/mall on MariaDB: POST /orders of 1 x ${SYSTEM_SKU} (15 users' tokens in turn), TCC try/confirm${gate ? ', HOT_SKU_GATE=redis' : ''}${group ? ', ORDER_GROUP_COMMIT=on' : ''}`,
          sku: SYSTEM_SKU,
          pid: shop.app.child.pid,
          cpuOf: 'the monolith process (MariaDB not counted)',
          load: async (seconds, stopAfterSoldOutMs, units) => {
            let soldOutAt = 0;
            let sold = 0;
            const result = await httpLoad({
              url: base,
              connections: concurrency,
              seconds,
              requests: hotOrderRequests(tokens),
              okStatus: 201,
              onResponse: (status, at, stop) => {
                if (status === 201) sold++;
                // Sold out: without the gate the first 409 says so; with it, a 409 only says
                // that every unit is taken by an order in flight, so wait for the last sale.
                const out = gate ? sold >= units : status === 409;
                if (!out || soldOutAt) return;
                soldOutAt = at;
                if (stopAfterSoldOutMs !== undefined) setTimeout(stop, stopAfterSoldOutMs);
              },
            });
            return { ...result, soldOutAt: soldOutAt / 1000 };
          },
        });
        const baseline = side({
          label: 'guarded UPDATE',
          description: `mysql2, pool of 10: UPDATE inventory_stock SET available = available - 1, sold = sold + 1 WHERE sku_id = '${FLOOR_SKU}' AND available >= 1`,
          sku: FLOOR_SKU,
          pid: floor.child.pid,
          cpuOf: 'the floor script, its load loop included (MariaDB not counted)',
          load: (seconds, stopAfterSoldOutMs) =>
            floor.call({ op: 'hot', concurrency, seconds, sku: FLOOR_SKU, stopAfterSoldOutMs }),
        });
        return await alternate(mode, { log, system, baseline });
      } finally {
        await shop.stop();
        if (redis) {
          const keys = await redis.keys(`${prefix}:*`);
          if (keys.length) await redis.del(...keys);
          redis.disconnect();
        }
      }
    },
  };
}

function hotOrderRequests(tokens) {
  let sequence = 0;
  const body = JSON.stringify({ items: [{ sku_id: SYSTEM_SKU, quantity: 1 }] });
  return [
    {
      method: 'POST',
      path: '/orders',
      setupRequest: (request) => ({
        ...request,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${tokens[sequence++ % tokens.length]}`,
        },
        body,
      }),
    },
  ];
}
