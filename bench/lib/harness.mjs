// What every benchmark does with its two sides: warm both up, then measure them alternately
// (system, baseline, system, baseline, ...) and keep the median round of each, so that a drift
// of the machine during the run hits both sides alike.
import { cpuMs } from './cpu.mjs';
import { medianRound, ratioOf, roundFigures } from './stats.mjs';

/**
 * side: {
 *   label, description, concurrency,
 *   warm(seconds): Promise<void>,
 *   before?(round): Promise<void>                set-up of a round (not measured)
 *   measure(seconds, round): Promise<raw round>  (see stats.roundFigures),
 *   after?(raw, round): Promise<object|void>     checks after a round (not measured): throw to
 *                                                 fail loudly, or return figures to add to it
 *   pid?: number | number[]                       the process(es) serving this side: their
 *                                                 CPU time per successful operation is reported
 *   counters?(): Promise<{ statements, transactions }>  the database's counters (see
 *                                                 mysql.serverCounters): statements_per_op and
 *                                                 transactions_per_op of each round
 * }
 */
export async function alternate(mode, { system, baseline, log }) {
  const [outcome] = await alternateMany(mode, { systems: [system], baseline, log });
  return outcome;
}

/**
 * Several systems against one baseline (rest-read with the cache off, in memory and on Redis):
 * each round measures every system and then the baseline, one after another, so each system's
 * ratio is to the baseline measured in the same rounds. One outcome per system, as alternate().
 */
export async function alternateMany(mode, { systems, baseline, log }) {
  const sides = [...systems, baseline];
  const names = systems.length === 1 ? ['system', 'baseline'] : sides.map((side) => side.label);
  const width = Math.max(...names.map((n) => n.length));
  for (const side of sides) {
    log(`  warm-up ${side.label} (${mode.warmup} s)`);
    await side.warm(mode.warmup);
  }
  const rounds = sides.map(() => []);
  for (let round = 1; round <= mode.rounds; round++) {
    for (const [i, side] of sides.entries()) {
      await side.before?.(round);
      const countersBefore = await side.counters?.();
      const cpuBefore = cpuOf(side.pid);
      const ownBefore = process.cpuUsage();
      const raw = await side.measure(mode.seconds, round);
      const cpu = cpuBefore === null ? null : cpuOf(side.pid) - cpuBefore;
      const own = process.cpuUsage(ownBefore);
      const countersAfter = countersBefore && (await side.counters());
      const perOp = (ms) => Math.round((ms / raw.ok) * 1000) / 1000;
      const perOp2 = (n) => Math.round((n / raw.ok) * 100) / 100;
      const counted = countersBefore
        ? {
            statements_per_op: perOp2(countersAfter.statements - countersBefore.statements),
            transactions_per_op: perOp2(countersAfter.transactions - countersBefore.transactions),
          }
        : {};
      if (raw.ok === 0)
        throw new Error(
          `${side.label}: no successful operation in round ${round} (${JSON.stringify(raw.statuses)})`,
        );
      const checked = (await side.after?.(raw, round)) ?? {};
      const figures = roundFigures({
        ...pick({ ...raw, ...checked }),
        ...(cpu === null ? {} : { cpu_ms_per_op: perOp(cpu) }),
        ...counted,
        runner_cpu_ms_per_op: perOp((own.user + own.system) / 1000),
      });
      rounds[i].push(figures);
      log(
        `  round ${round} ${names[i].padEnd(width)} ${String(figures.throughput_per_s).padStart(9)} /s` +
          `  p50 ${figures.p50_ms} ms  p99 ${figures.p99_ms} ms` +
          (figures.cpu_ms_per_op ? `  cpu ${figures.cpu_ms_per_op} ms/op` : '') +
          (figures.statements_per_op === undefined
            ? ''
            : `  ${figures.statements_per_op} stmts, ${figures.transactions_per_op} commits /op`) +
          (figures.failed ? `  statuses ${JSON.stringify(figures.statuses)}` : ''),
      );
    }
  }
  const describe = (side, i) => {
    const median = medianRound(rounds[i]);
    return {
      label: side.label,
      description: side.description,
      concurrency: side.concurrency,
      duration_s: mode.seconds,
      throughput_per_s: median.throughput_per_s,
      p50_ms: median.p50_ms,
      p99_ms: median.p99_ms,
      cpu_ms_per_op: median.cpu_ms_per_op ?? null,
      ...(median.statements_per_op === undefined
        ? {}
        : {
            statements_per_op: median.statements_per_op,
            transactions_per_op: median.transactions_per_op,
          }),
      cpu_of: side.cpuOf ?? null,
      median_round: median,
      rounds: rounds[i].map((r) => r.throughput_per_s),
    };
  };
  const b = describe(baseline, sides.length - 1);
  const baselineRounds = rounds[sides.length - 1];
  return systems.map((system, i) => {
    const s = describe(system, i);
    return {
      ratio: ratioOf(s.throughput_per_s, b.throughput_per_s),
      // system / baseline of each round (measured back to back): how much the ratio moved.
      round_ratios: rounds[i].map((r, j) =>
        ratioOf(r.throughput_per_s, baselineRounds[j].throughput_per_s),
      ),
      system: s,
      baseline: b,
    };
  });
}

/** CPU ms used so far by a process, or the sum over several; null where unknown. */
function cpuOf(pid) {
  const each = [pid].flat().map(cpuMs);
  return each.length && each.every((ms) => ms !== null) ? each.reduce((a, b) => a + b, 0) : null;
}

/** The fields of a raw round that go into the report (not the latency list). */
function pick({ latencies, ok, failed, seconds, statuses, ...rest }) {
  const extra = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => typeof v === 'number' || typeof v === 'boolean'),
  );
  return { latencies, ok, failed, seconds, statuses, ...extra };
}
