#!/usr/bin/env node
// Benchmarks against baselines (see bench/README.md).
//
//   node bench/run.mjs [name...] [--smoke] [--rounds=N] [--seconds=S] [--warmup=S]
//
// Runs the named benchmarks (all by default) against the built apps in dist/, each side by side
// with its baseline, and writes bench/results/<name>.json, bench/results/README.md and
// bench/results/chart.svg (a smoke run: bench/results/smoke/ instead, so it never overwrites
// real figures). A smoke run is seconds long a side, one round, and asserts no figure: it fails
// only when a benchmark cannot run or its checks (such as zero oversell) fail.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { events } from './benchmarks/events.mjs';
import { startup } from './benchmarks/startup.mjs';
import { grpcHello } from './benchmarks/grpc-hello.mjs';
import { hotSku, hotSkuGate, hotSkuGateGroup, hotSkuGroup } from './benchmarks/hot-sku.mjs';
import {
  placeOrderGroup,
  placeOrderMessage,
  placeOrderMonolith,
} from './benchmarks/place-order-monolith.mjs';
import { placeOrderSplit } from './benchmarks/place-order-split.mjs';
import { restRead } from './benchmarks/rest-read.mjs';
import { dropAll } from './lib/mysql.mjs';
import { ROOT, snapshotDist, stopAll } from './lib/processes.mjs';
import { machine, readResults, writeChart, writeReadme, writeResult } from './lib/report.mjs';

/** The registry: name -> { title, target, run: async (mode, log) => result }. */
export const BENCHMARKS = Object.fromEntries(
  [
    restRead,
    grpcHello,
    placeOrderMonolith,
    placeOrderMessage,
    placeOrderGroup,
    placeOrderSplit,
    hotSku,
    hotSkuGate,
    hotSkuGroup,
    hotSkuGateGroup,
    events,
    startup,
  ].map((b) => [b.name, b]),
);

const MODES = {
  // Sized for a 2-core machine that also runs MariaDB, RabbitMQ and Redis: about 1.5 min a
  // benchmark (rest-read, with its three variants, about 2.5), so the five take about 9 min.
  full: { smoke: false, rounds: 3, seconds: 10, warmup: 5 },
  smoke: { smoke: true, rounds: 1, seconds: 2.5, warmup: 1 },
};

function parseArgs(argv) {
  const names = [];
  const options = {};
  for (const arg of argv) {
    const option = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!option) names.push(arg);
    else if (option[1] === 'smoke') options.smoke = true;
    else if (option[1] === 'report-only') options.reportOnly = true;
    else if (['rounds', 'seconds', 'warmup'].includes(option[1]) && Number(option[2]) > 0)
      options[option[1]] = Number(option[2]);
    else if (option[1] === 'help') options.help = true;
    else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return { names, options };
}

async function main() {
  const { names, options } = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(
      `usage: node bench/run.mjs [name...] [--smoke] [--rounds=N] [--seconds=S] [--warmup=S]\n` +
        `       node bench/run.mjs --report-only [--smoke]   (README.md and chart.svg again from the JSON)\n` +
        `benchmarks: ${Object.keys(BENCHMARKS).join(', ')}`,
    );
    return;
  }
  const unknown = names.filter((n) => !BENCHMARKS[n]);
  if (unknown.length)
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`,
    );
  const { smoke: _s, help: _h, reportOnly, ...overrides } = options;
  const mode = { ...(options.smoke ? MODES.smoke : MODES.full), ...overrides };
  const dir = join(ROOT, 'bench/results', mode.smoke ? 'smoke' : '');
  if (reportOnly) return writeReport(dir, mode);
  if (!existsSync(join(ROOT, 'dist/apps/mall/src/main.js')))
    throw new Error('dist/apps/mall/src/main.js is missing: run `npm run build` first');
  removeSnapshot = snapshotDist([
    'mall',
    'gateway',
    'user-service',
    'inventory-service',
    'order-service',
  ]);

  const selected = names.length ? names : Object.keys(BENCHMARKS);
  const host = await machine();
  console.log(
    `${mode.smoke ? 'smoke run' : 'benchmarks'}: ${selected.join(', ')}; ${mode.rounds} round(s) of ` +
      `${mode.seconds} s a side after ${mode.warmup} s of warm-up (${host.cores} x ${host.cpu}, Node ${host.node})`,
  );

  for (const name of selected) {
    const benchmark = BENCHMARKS[name];
    const started = Date.now();
    console.log(`\n${name}: ${benchmark.title}`);
    const outcome = await benchmark.run(mode, (line) => console.log(line));
    // A benchmark measures one system, or several variants against one baseline (`variants`).
    const variants = outcome.variants ?? [
      { name, title: benchmark.title, target: benchmark.target, outcome },
    ];
    for (const variant of variants) {
      const result = resultOf(variant, benchmark, mode, host, started);
      writeResult(dir, result);
      console.log(
        `${result.name}: system ${result.system.throughput_per_s} /s, baseline ${result.baseline.throughput_per_s} /s, ` +
          `ratio ${result.ratio}` +
          (result.target === null ? '' : ` (target ${result.target})`) +
          ` in ${result.wall_s} s`,
      );
    }
  }
  writeReport(dir, mode);
}

function resultOf({ name, title, target, outcome }, benchmark, mode, host, started) {
  return {
    name,
    title,
    ratio: outcome.ratio,
    round_ratios: outcome.round_ratios,
    target,
    target_met: target === null ? null : outcome.ratio >= target,
    // Baseline CPU / system CPU per successful operation, of the serving processes only: the
    // ratio the machine would give if the load generator and the database cost nothing.
    cpu_ratio:
      outcome.system.cpu_ms_per_op > 0 && outcome.baseline.cpu_ms_per_op > 0
        ? Math.round((outcome.baseline.cpu_ms_per_op / outcome.system.cpu_ms_per_op) * 1000) / 1000
        : null,
    unit: benchmark.unit,
    smoke: mode.smoke,
    rounds: mode.rounds,
    warmup_s: mode.warmup,
    system: outcome.system,
    baseline: outcome.baseline,
    machine: host,
    load_average_after: loadavg().map((l) => Math.round(l * 100) / 100),
    date: new Date().toISOString(),
    wall_s: Math.round((Date.now() - started) / 1000),
  };
}

/** The result names in report order: a benchmark's variants where it has them. */
const RESULT_NAMES = Object.values(BENCHMARKS).flatMap((b) => b.results ?? [b.name]);

function writeReport(dir, mode) {
  const all = readResults(dir, RESULT_NAMES);
  if (!all.length) throw new Error(`no results in ${dir}`);
  writeReadme(dir, all, { smoke: mode.smoke });
  writeChart(dir, all);
  console.log(`\nwrote ${join(dir, 'README.md')} and chart.svg`);
}

let stopping = false;
let removeSnapshot = () => {};
async function cleanUp() {
  if (stopping) return;
  stopping = true;
  await stopAll();
  await dropAll();
  removeSnapshot();
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    console.error(`\n${signal}: stopping what the benchmarks started`);
    cleanUp().finally(() => process.exit(130));
  });

try {
  await main();
  await cleanUp();
} catch (error) {
  console.error(`\nbench failed: ${error.stack ?? error}`);
  await cleanUp();
  process.exitCode = 1;
}
