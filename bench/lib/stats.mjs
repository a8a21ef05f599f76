// Figures of one measured round, and the median of several.

/** Nearest-rank percentile of a list of numbers (any order); null for an empty list. */
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const round2 = (n) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

/**
 * One round: `ok` operations completed in `seconds` (throughput counts only the ones that did
 * what the benchmark asks: a 200, a 201, a correct gRPC answer, a committed order), with the
 * latency of each of them in ms.
 */
export function roundFigures({ ok, seconds, latencies, failed = 0, ...extra }) {
  return {
    throughput_per_s: round2(ok / seconds),
    p50_ms: round2(percentile(latencies, 50)),
    p99_ms: round2(percentile(latencies, 99)),
    ok,
    failed,
    seconds: round2(seconds),
    ...extra,
  };
}

/** The round with the median throughput (the middle one of an odd count, the lower middle else). */
export function medianRound(rounds) {
  const sorted = [...rounds].sort((a, b) => a.throughput_per_s - b.throughput_per_s);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export const ratioOf = (a, b) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);
