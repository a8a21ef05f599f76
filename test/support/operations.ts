/**
 * The value of one sample of `name` in a Prometheus text exposition whose labels include
 * `labels` (0 when there is none; several matching samples are summed).
 */
export function metricValue(text: string, name: string, labels: Record<string, string>): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const open = line.indexOf('{');
    const close = line.lastIndexOf('}');
    const own = open > 0 ? parseLabels(line.slice(open + 1, close)) : {};
    if (Object.entries(labels).every(([k, v]) => own[k] === v))
      total += Number(line.slice((close > 0 ? close : name.length) + 1).trim());
  }
  return total;
}

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of text.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[match[1]] = match[2];
  return labels;
}

/** The metric names a Prometheus text exposition declares (its # TYPE lines). */
export function declaredMetrics(text: string): Set<string> {
  return new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]));
}

/**
 * Asks `probe` until it answers `wanted` (readiness follows a dependency within a second or
 * two: reconnects, timeouts), for at most 20 s; returns the last status.
 */
export async function readiness(
  probe: () => PromiseLike<{ status: number }>,
  wanted: number,
): Promise<number> {
  const deadline = Date.now() + 20_000;
  let status = 0;
  while (Date.now() < deadline) {
    status = (await probe()).status;
    if (status === wanted) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return status;
}
