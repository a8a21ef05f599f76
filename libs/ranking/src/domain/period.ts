/** The UTC buckets rankings are counted in: today, this ISO week (from Monday), or all time. */
export const PERIODS = ['day', 'week', 'all'] as const;
export type Period = (typeof PERIODS)[number];
/** The periods a growth can be measured over (all time has no previous bucket). */
export const TRENDING_PERIODS = ['day', 'week'] as const;
export type TrendingPeriod = (typeof TRENDING_PERIODS)[number];

/** A span of UTC days, both ends included, as `YYYY-MM-DD`; null ends are open (all time). */
export interface DayRange {
  from: string | null;
  to: string | null;
}

const DAY_MS = 86_400_000;

/** The UTC day of an instant, `YYYY-MM-DD` (the bucket a payment counts in). */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function startOfUtcDay(at: Date): number {
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
}

/** Monday 00:00 UTC of the ISO week holding `at`. */
function startOfUtcWeek(at: Date): number {
  const day = startOfUtcDay(at);
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return day - sinceMonday * DAY_MS;
}

/** The bucket of `period` that holds `now`. */
export function bucketOf(period: Period, now: Date): DayRange {
  if (period === 'all') return { from: null, to: null };
  const start = period === 'day' ? startOfUtcDay(now) : startOfUtcWeek(now);
  const days = period === 'day' ? 1 : 7;
  return { from: utcDay(new Date(start)), to: utcDay(new Date(start + (days - 1) * DAY_MS)) };
}

/** The bucket just before the one that holds `now`: yesterday, or last week (Monday to Sunday). */
export function previousBucketOf(period: TrendingPeriod, now: Date): DayRange {
  const days = period === 'day' ? 1 : 7;
  const current = bucketOf(period, now);
  const start = Date.parse(`${current.from}T00:00:00Z`) - days * DAY_MS;
  return { from: utcDay(new Date(start)), to: utcDay(new Date(start + (days - 1) * DAY_MS)) };
}
