#!/usr/bin/env node
// `npm run test:jest`: the unit specs in one jest process with a worker per core, then the e2e
// suites in JEST_SHARDS (default 3) fresh processes, one after another (`jest --shard=i/n`), the
// arguments passed on to each. Why:
// - On a 2-core machine jest runs every suite in its own process's main thread ("in band": one
//   worker), so the unit specs, pure CPU, used one core of two. In workers they use both.
// - The e2e suites stay in band: each boots apps and databases (the split topology is ten
//   processes), and two at once on two cores made start-up waits time out.
// - Native ESM under vm modules keeps what each suite loaded: in one process of ~190 suites it grew
//   to 5 GB and a unit spec took 30 s by the end (CI, 2026-11-30). A shard starts fresh.
// Prints the runs' totals as jest's summary line, last.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

// The package's bin (its exports map hides the path, not the file).
const jest = join(
  dirname(createRequire(import.meta.url).resolve('jest/package.json')),
  'bin/jest.js',
);
const shards = Number(process.env.JEST_SHARDS ?? 3);
// A path filter (`npm run test:jest -- test/x.e2e-spec.ts`) leaves some runs with no suite.
const passOn = ['--passWithNoTests', ...process.argv.slice(2)];
const runs = [
  ['--selectProjects', 'unit', `--maxWorkers=${availableParallelism()}`, ...passOn],
  ...Array.from({ length: shards }, (_, i) => [
    '--selectProjects',
    'e2e',
    `--shard=${i + 1}/${shards}`,
    ...passOn,
  ]),
];
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;

for (const args of runs) {
  let tail = '';
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [jest, ...args], {
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (data) => {
      process.stdout.write(data);
      tail = (tail + data).slice(-2000);
    });
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  const summary = /jest: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(tail);
  if (summary) {
    totals.passed += Number(summary[1]);
    totals.failed += Number(summary[2]);
    totals.skipped += Number(summary[3]);
  }
  if (code !== 0 || !summary) failedRuns++;
}
process.stdout.write(
  `jest: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped` +
    (failedRuns ? ` (${failedRuns} of ${runs.length} jest runs failed)` : '') +
    '\n',
);
process.exit(failedRuns ? 1 : 0);
