// bench/results/<name>.json of each benchmark, and README.md + chart.svg over all of them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { serverVersion } from './mysql.mjs';

export async function machine() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model?.trim() ?? 'unknown',
    cores: cores.length,
    memory_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    mariadb: await serverVersion(),
    load_average_at_start: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export function writeResult(dir, result) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${result.name}.json`), JSON.stringify(result, null, 2) + '\n');
}

export function readResults(dir, order) {
  if (!existsSync(dir)) return [];
  const results = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const rank = (r) => (order.indexOf(r.name) + 1 || 99) * 1e13 + Date.parse(r.date);
  return results.sort((a, b) => rank(a) - rank(b));
}

const fmt = (n, digits = 0) =>
  n === null || n === undefined
    ? '-'
    : Number(n).toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
const ms = (n) => (n === null || n === undefined ? '-' : n < 10 ? fmt(n, 2) : fmt(n, 1));

export function writeReadme(dir, results, { smoke }) {
  const lines = [];
  lines.push(`# Benchmark results${smoke ? ' (smoke run: not figures to quote)' : ''}`);
  lines.push('');
  lines.push(
    `Written by \`node bench/run.mjs${smoke ? ' --smoke' : ''}\` (\`npm run bench${smoke ? ':smoke' : ''}\`); see ` +
      `[bench/README.md](${smoke ? '../../README.md' : '../README.md'}) for what each benchmark and ` +
      'baseline is. **ratio** = system throughput / baseline',
  );
  lines.push(
    'throughput, measured side by side in the same run (median of alternating rounds), so it is the',
  );
  lines.push('figure to compare between runs; absolute figures drift with the machine.');
  lines.push('');
  lines.push(`![throughput ratio and latency per benchmark](chart.svg)`);
  lines.push('');
  lines.push(
    '| benchmark | system /s | baseline /s | ratio | target | system p50 / p99 ms | baseline p50 / p99 ms | concurrency | duration | run |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const r of results) {
    const met = r.target === null ? '' : r.ratio >= r.target ? ' (met)' : ' (not met)';
    lines.push(
      `| ${r.name} | ${fmt(r.system.throughput_per_s)} | ${fmt(r.baseline.throughput_per_s)} | ` +
        `**${fmt(r.ratio, 3)}** | ${r.target === null ? 'none set' : fmt(r.target, 1) + met} | ` +
        `${ms(r.system.p50_ms)} / ${ms(r.system.p99_ms)} | ${ms(r.baseline.p50_ms)} / ${ms(r.baseline.p99_ms)} | ` +
        `${r.system.concurrency} | ${duration(r)} | ${r.date.slice(0, 16).replace('T', ' ')} |`,
    );
  }
  lines.push('');
  lines.push(
    'Throughput counts only operations that did what was asked (200, 201, the right gRPC answer, a',
  );
  lines.push(
    'committed order); p50 / p99 are their latencies in the median round. For hot-sku it is units',
  );
  lines.push('sold per second until the side sold out.');
  lines.push('');
  lines.push('## Each benchmark');
  for (const r of results) {
    lines.push('');
    lines.push(`### ${r.name}: ${r.title}`);
    lines.push('');
    lines.push(`- system: **${r.system.label}**: ${r.system.description}`);
    lines.push(`- baseline: **${r.baseline.label}**: ${r.baseline.description}`);
    lines.push(
      `- rounds (/s, alternating, median kept): system ${r.system.rounds.map((x) => fmt(x)).join(', ')}; ` +
        `baseline ${r.baseline.rounds.map((x) => fmt(x)).join(', ')}` +
        (r.round_ratios
          ? `; ratio of each round ${r.round_ratios.map((x) => fmt(x, 2)).join(', ')}`
          : ''),
    );
    if (r.system.cpu_ms_per_op !== null && r.system.cpu_ms_per_op !== undefined)
      lines.push(
        `- CPU per successful operation (median round): system ${ms(r.system.cpu_ms_per_op)} ms ` +
          `(${r.system.cpu_of}), baseline ${ms(r.baseline.cpu_ms_per_op)} ms (${r.baseline.cpu_of}); ` +
          `the load generator in the runner: ${ms(r.system.median_round.runner_cpu_ms_per_op)} / ` +
          `${ms(r.baseline.median_round.runner_cpu_ms_per_op)} ms` +
          (r.cpu_ratio ? `; CPU ratio (baseline / system) ${fmt(r.cpu_ratio, 3)}` : ''),
      );
    if (r.load_average_after)
      lines.push(
        `- load average (1, 5, 15 min) when it ended: ${r.load_average_after.join(', ')} on ${r.machine.cores} cores`,
      );
    const notOk = [r.system, r.baseline]
      .map((s) => [s.label, s.median_round.failed, s.median_round.statuses])
      .filter(([, failed]) => failed > 0);
    for (const [label, failed, statuses] of notOk)
      lines.push(`- not ok in the median round of ${label}: ${failed} ${JSON.stringify(statuses)}`);
    if (r.name === 'startup' && r.system.median_round.idle_rss_mb !== undefined)
      lines.push(
        `- idle resident memory 1 s after the first answer (median round): system ` +
          `${r.system.median_round.idle_rss_mb} MB, baseline ${r.baseline.median_round.idle_rss_mb} MB ` +
          '(targets: a start under 2 s, an idle RSS under 150 MB)',
      );
    if (r.name === 'hot-sku')
      lines.push(
        `- stock a round: system ${r.system.median_round.stock}, baseline ${r.baseline.median_round.stock}; ` +
          'sold <= stock and available >= 0 checked after every round (oversold: 0)',
      );
  }
  const m = results[0]?.machine;
  if (m) {
    lines.push('');
    lines.push('## The machine');
    lines.push('');
    lines.push(
      `${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB memory, ${m.platform}, Node ${m.node}, ` +
        `MariaDB ${m.mariadb ?? 'not reached'}; load average at the start ${m.load_average_at_start.join(' ')}. ` +
        'The load generator, the system and MariaDB share these cores (as do RabbitMQ and Redis, idle here).',
    );
    const dates = results.map((r) => r.date).sort();
    lines.push('');
    lines.push(`Runs from ${dates[0]} to ${dates[dates.length - 1]}.`);
  }
  lines.push('');
  writeFileSync(join(dir, 'README.md'), lines.join('\n'));
}

function duration(r) {
  if (r.system.median_round.stock === undefined)
    return `${r.rounds} x ${r.system.duration_s} s a side`;
  const s = (side) => `${side.median_round.stock} units in ${fmt(side.median_round.seconds, 1)} s`;
  return `${r.rounds} x a sale a side, until sold out (median: ${s(r.system)}; ${s(r.baseline)})`;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Left: the throughput ratio of each benchmark as a bar, its target as a red tick, parity (1.0)
 * as a grey line. Right: p50 (tick) and p99 (bar end) latency of system and baseline, log scale.
 */
export function writeChart(dir, results) {
  const rowH = 46;
  const top = 46;
  const width = 820;
  const height = top + rowH * results.length + 34;
  const labelW = 150;
  const a0 = labelW + 10;
  const aW = 300;
  const b0 = a0 + aW + 70;
  const bW = width - b0 - 110;
  const maxRatio = Math.max(
    1.2,
    ...results.map((r) => (r.ratio ?? 0) * 1.1),
    ...results.map((r) => (r.target ?? 0) * 1.1),
  );
  const ax = (v) => a0 + (Math.max(0, v) / maxRatio) * aW;
  const lats = results.flatMap((r) => [r.system.p99_ms, r.baseline.p99_ms]).filter((v) => v > 0);
  const lo = 0.1;
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(10, ...lats))));
  const bx = (v) =>
    b0 + ((Math.log10(Math.max(lo, v)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * bW;

  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(
    `<text x="${a0}" y="18" font-weight="bold">Throughput: system / baseline</text>` +
      `<text x="${a0}" y="34" fill="#555" font-size="11">bar = ratio (green: target met), red = target, dashed = parity</text>`,
  );
  out.push(
    `<text x="${b0}" y="18" font-weight="bold">Latency (ms, log scale)</text>` +
      `<text x="${b0}" y="34" fill="#555" font-size="11">bar to p99, tick at p50; blue system, grey baseline</text>`,
  );
  const bottom = top + rowH * results.length;
  out.push(
    `<line x1="${ax(1)}" y1="${top - 4}" x2="${ax(1)}" y2="${bottom}" stroke="#bbb" stroke-dasharray="3,3"/>`,
  );
  for (let t = lo; t <= hi; t *= 10) {
    out.push(
      `<line x1="${bx(t)}" y1="${top - 4}" x2="${bx(t)}" y2="${bottom}" stroke="#eee"/>` +
        `<text x="${bx(t)}" y="${bottom + 14}" text-anchor="middle" fill="#777" font-size="10">${t < 1 ? t.toFixed(1) : t}</text>`,
    );
  }
  for (const t of [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4].filter((t) => t <= maxRatio))
    out.push(
      `<text x="${ax(t)}" y="${bottom + 14}" text-anchor="middle" fill="#777" font-size="10">${t}</text>`,
    );
  results.forEach((r, i) => {
    const y = top + i * rowH;
    out.push(
      `<text x="${labelW}" y="${y + 18}" text-anchor="end" font-weight="bold">${esc(r.name)}</text>`,
    );
    out.push(
      `<text x="${labelW}" y="${y + 32}" text-anchor="end" fill="#555" font-size="10">${fmt(r.system.throughput_per_s)} vs ${fmt(r.baseline.throughput_per_s)} /s</text>`,
    );
    const ratio = r.ratio ?? 0;
    const colour = r.target === null ? '#777' : ratio >= r.target ? '#3a7d44' : '#4f7cac';
    out.push(
      `<rect x="${a0}" y="${y + 8}" width="${Math.max(1, ax(ratio) - a0)}" height="22" fill="${colour}"/>`,
    );
    out.push(`<text x="${ax(ratio) + 4}" y="${y + 23}">${fmt(ratio, 2)}</text>`);
    if (r.target !== null)
      out.push(
        `<line x1="${ax(r.target)}" y1="${y + 3}" x2="${ax(r.target)}" y2="${y + 35}" stroke="#d62728" stroke-width="2"/>` +
          `<text x="${ax(r.target) + 3}" y="${y + 43}" fill="#d62728" font-size="10">target ${r.target}</text>`,
      );
    [
      [r.system, '#4f7cac', 6],
      [r.baseline, '#999', 20],
    ].forEach(([side, colour, dy]) => {
      if (!(side.p99_ms > 0)) return;
      out.push(
        `<rect x="${b0}" y="${y + dy}" width="${Math.max(1, bx(side.p99_ms) - b0)}" height="11" fill="${colour}"/>` +
          `<line x1="${bx(side.p50_ms)}" y1="${y + dy - 2}" x2="${bx(side.p50_ms)}" y2="${y + dy + 13}" stroke="#000" stroke-width="2"/>` +
          `<text x="${bx(side.p99_ms) + 4}" y="${y + dy + 10}" font-size="10">${ms(side.p50_ms)} / ${ms(side.p99_ms)}</text>`,
      );
    });
  });
  out.push('</svg>');
  writeFileSync(join(dir, 'chart.svg'), out.join('\n') + '\n');
}
