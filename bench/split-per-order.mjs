// Where one order of the split topology goes (place-order-split's system side): for every
// process of the split, its CPU, the SQL statements it sends (DATABASE_LOGGING, counted by kind)
// and the gRPC calls it serves (its nestmall_grpc_server_calls_total), per placed order, over a
// closed-loop load of POST /orders at the gateway once the outbox is relayed and every consumer
// has handled its events; then the same counters over an idle period of as many seconds (the
// relays', schedulers' and recovery workers' polls). Needs `npm run build`.
//   node bench/split-per-order.mjs [seconds=5] [concurrency=32]    (SHOW_STATEMENTS=<app>: its SQL)
import { stripVTControlCharacters } from 'node:util';
import { cpuMs } from './lib/cpu.mjs';
import { httpLoad } from './lib/load.mjs';
import { sleep, stopAll } from './lib/processes.mjs';
import { demoTokens, setAvailable, SKUS, waitInvariants } from './lib/shop.mjs';
import { startSplitOnMariaDb } from './lib/split.mjs';
import { orderRequests } from './benchmarks/place-order-monolith.mjs';

const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 32);
const show = process.env.SHOW_STATEMENTS;
/** The background polls: the relays', the recovery worker's, the health and metrics probes. */
const POLLS = /^SELECT (messaging_outbox|messaging_dead_letter|tcc_global_tx|\?)$/;

const split = await startSplitOnMariaDb('split_per_order', {
  env: { DATABASE_LOGGING: 'true', LOG_LEVEL: 'log' },
});
try {
  const apps = Object.entries(split.services).map(([app, s]) => ({ app, ...s }));
  /** Statements by app and kind, counted from each app's log lines of the Database logger. */
  const statements = new Map(apps.map((a) => [a.app, new Map()]));
  for (const a of apps) {
    let rest = '';
    const read = (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        const m = /Database\W+(.*)$/.exec(stripVTControlCharacters(line));
        if (!m || /query failed|slow query|migration/i.test(m[1])) continue;
        const sql = m[1].replace(/["}]+$/, '');
        const kind = kindOf(sql);
        const counts = statements.get(a.app);
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        if (show === a.app) console.log(`${a.app}: ${sql}`);
      }
    };
    a.handle.child.stdout.on('data', read);
    a.handle.child.stderr.on('data', read);
  }
  const processes = [
    { app: 'gateway', pid: split.pids[0] },
    ...apps.map((a) => ({ app: a.app, pid: a.handle.child.pid })),
  ];
  const snapshot = async () => ({
    cpu: new Map(processes.map((p) => [p.app, cpuMs(p.pid)])),
    sql: new Map([...statements].map(([app, m]) => [app, new Map(m)])),
    grpc: new Map(await Promise.all(apps.map(async (a) => [a.app, await grpcCalls(a.operations)]))),
  });
  /** Until no statement but the idle polls ran for 2 s: every event relayed and consumed. */
  const settled = async () => {
    const work = () =>
      [...statements.values()].reduce(
        (n, m) => n + [...m].filter(([k]) => !POLLS.test(k)).reduce((a, [, v]) => a + v, 0),
        0,
      );
    for (let last = -1, quiet = 0; quiet < 4; await sleep(500)) {
      const now = work();
      quiet = now === last ? quiet + 1 : 0;
      last = now;
    }
  };
  await setAvailable(split.inventorySql, SKUS, 1_000_000);
  const tokens = await demoTokens(split.base);
  // Warm-up (JIT, pools, caches), then the measured burst, settled.
  await httpLoad({
    url: split.base,
    connections: concurrency,
    seconds: 3,
    requests: orderRequests(tokens),
    okStatus: 201,
  });
  await waitInvariants(split.base);
  await settled();
  const before = await snapshot();
  const t0 = Date.now();
  const load = await httpLoad({
    url: split.base,
    connections: concurrency,
    seconds,
    requests: orderRequests(tokens),
    okStatus: 201,
  });
  await waitInvariants(split.base);
  await settled();
  const loaded = await snapshot();
  const loadedSeconds = (Date.now() - t0) / 1000;
  await sleep(seconds * 1000);
  const idle = await snapshot();
  // Orders the order-service placed (those still in flight when the load stopped included).
  const placed = diff(loaded.grpc.get('order-service'), before.grpc.get('order-service'));
  const orders = placed.get('/nestmall.order.v1.OrderService/PlaceOrder');
  console.log(
    `# split, ${load.ok} orders answered 201 (${orders} placed) in ${seconds} s at concurrency ${concurrency} (${(load.ok / seconds).toFixed(1)}/s, p50 ${pct(load.latencies, 0.5)} ms, p99 ${pct(load.latencies, 0.99)} ms, failed ${load.failed}); counters over ${loadedSeconds.toFixed(1)} s until every event was relayed and consumed, idle over the next ${seconds} s\n`,
  );
  console.log(
    '| process | CPU ms / order | statements / order | of which START/COMMIT/ROLLBACK | gRPC calls served / order | idle CPU ms / s | idle statements / s |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const total = { cpu: 0, sql: 0, tx: 0, grpc: 0, idleCpu: 0, idleSql: 0 };
  for (const { app } of processes) {
    const cpu = loaded.cpu.get(app) - before.cpu.get(app);
    const idleCpu = (idle.cpu.get(app) - loaded.cpu.get(app)) / seconds;
    const sql = diff(loaded.sql.get(app), before.sql.get(app));
    const idleSql = diff(idle.sql.get(app), loaded.sql.get(app));
    const n = sum(sql);
    const tx =
      (sql.get('START TRANSACTION') ?? 0) + (sql.get('COMMIT') ?? 0) + (sql.get('ROLLBACK') ?? 0);
    const grpc = app === 'gateway' ? new Map() : diff(loaded.grpc.get(app), before.grpc.get(app));
    total.cpu += cpu;
    total.sql += n;
    total.tx += tx;
    total.grpc += sum(grpc);
    total.idleCpu += idleCpu;
    total.idleSql += sum(idleSql) / seconds;
    console.log(
      `| ${app} | ${f(cpu / orders)} | ${f(n / orders)} | ${f(tx / orders)} | ${f(sum(grpc) / orders)} | ${f(idleCpu)} | ${f(sum(idleSql) / seconds)} |`,
    );
  }
  console.log(
    `| **all** | **${f(total.cpu / orders)}** | **${f(total.sql / orders)}** | ${f(total.tx / orders)} | ${f(total.grpc / orders)} | ${f(total.idleCpu)} | ${f(total.idleSql)} |`,
  );
  console.log('\nStatements by kind, per order (the background polls of the period included):');
  for (const { app } of processes) {
    const sql = diff(loaded.sql.get(app), before.sql.get(app));
    if (!sum(sql)) continue;
    console.log(
      `- ${app}: ${[...sql]
        .filter(([, v]) => v)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${f(v / orders)}`)
        .join(', ')}`,
    );
  }
  console.log('\ngRPC calls served, per order:');
  for (const a of apps) {
    const grpc = diff(loaded.grpc.get(a.app), before.grpc.get(a.app));
    if (!sum(grpc)) continue;
    console.log(
      `- ${a.app}: ${[...grpc]
        .filter(([, v]) => v)
        .map(([k, v]) => `${k} ${f(v / orders)}`)
        .join(', ')}`,
    );
  }
  console.log('\nIdle statements by kind, per second:');
  for (const { app } of processes) {
    const sql = diff(idle.sql.get(app), loaded.sql.get(app));
    if (!sum(sql)) continue;
    console.log(
      `- ${app}: ${[...sql]
        .filter(([, v]) => v)
        .map(([k, v]) => `${k} ${f(v / seconds)}`)
        .join(', ')}`,
    );
  }
} finally {
  await split.stop();
  await stopAll();
}

function kindOf(sql) {
  const s = sql.trim();
  if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(s))
    return s
      .split(/\s+/)
      .slice(0, /^START/i.test(s) ? 2 : 1)
      .join(' ')
      .toUpperCase();
  if (/^SET /i.test(s)) return 'SET';
  const table =
    /^(?:SELECT[\s\S]*?\bFROM|INSERT\s+(?:IGNORE\s+)?INTO|UPDATE|DELETE\s+FROM)\s+`?(\w+)`?/i.exec(
      s,
    );
  return `${s.split(/\s+/)[0].toUpperCase()} ${table?.[1] ?? '?'}`;
}

async function grpcCalls(operations) {
  const text = await (await fetch(`${operations}/metrics`)).text();
  const calls = new Map();
  for (const line of text.split('\n')) {
    if (!line.startsWith('nestmall_grpc_server_calls_total{')) continue;
    const labels = Object.fromEntries(
      [...line.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const key = `${labels.method ?? labels.rpc ?? '?'}`;
    calls.set(key, (calls.get(key) ?? 0) + Number(line.split(' ').pop()));
  }
  return calls;
}

function diff(after = new Map(), before = new Map()) {
  return new Map([...after].map(([k, v]) => [k, v - (before.get(k) ?? 0)]));
}
function pct(xs, q) {
  return [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]?.toFixed(0);
}
function sum(m) {
  return [...m.values()].reduce((a, b) => a + b, 0);
}
function f(x) {
  return (Math.round(x * 100) / 100).toString();
}
