#!/usr/bin/env node
// Summarises V8 CPU profiles (node --cpu-prof; a benchmark run with BENCH_CPU_PROF=<dir> writes
// one per app): the functions with the most self time, and the same grouped by package (the
// folder under node_modules, the app's own code, or node's internals), as a Markdown table.
//   node bench/profile-summary.mjs <file.cpuprofile> [top=30]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [top=30]');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
// timeDeltas[i] is the time before sample i: charge it to the sampled node.
for (let i = 0; i < profile.samples.length; i++)
  selfUs.set(
    profile.samples[i],
    (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0),
  );
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function packageOf(url) {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const d = /\/dist\/(libs\/[^/]+|apps\/[^/]+)/.exec(url);
  return d ? d[1] : basename(url);
}
const fns = new Map();
const pkgs = new Map();
for (const [id, us] of selfUs) {
  const { callFrame: f } = byId.get(id);
  const name = f.functionName || '(anonymous)';
  const where = f.url ? `${packageOf(f.url)} ${basename(f.url)}:${f.lineNumber + 1}` : '';
  const key = `${name}|${where}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  const pkg = ['(idle)', '(program)', '(garbage collector)'].includes(name)
    ? name
    : packageOf(f.url);
  pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
}
const pct = (us) => ((us / total) * 100).toFixed(1);
const busy = total - (pkgs.get('(idle)') ?? 0);
console.log(`# ${basename(file)}\n`);
console.log(
  `${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s not idle (${pct(busy)} %)\n`,
);
console.log(
  '## Self time by package\n\n| package | self ms | % of samples |\n| --- | ---: | ---: |',
);
for (const [pkg, us] of [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`| ${pkg} | ${(us / 1000).toFixed(0)} | ${pct(us)} |`);
console.log(
  `\n## Top ${top} functions by self time\n\n| function | where | self ms | % |\n| --- | --- | ---: | ---: |`,
);
for (const [key, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  const [name, where] = key.split('|');
  console.log(`| ${name} | ${where} | ${(us / 1000).toFixed(0)} | ${pct(us)} |`);
}
