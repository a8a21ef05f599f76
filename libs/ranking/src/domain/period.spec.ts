import { bucketOf, previousBucketOf, utcDay } from './period.js';

describe('UTC buckets', () => {
  // A Wednesday, late in the day in UTC (already Thursday east of it).
  const wednesday = new Date('2026-12-02T23:30:00Z');

  it('counts a payment in the UTC day of its instant, whatever the local time zone', () => {
    expect(utcDay(new Date('2026-12-02T23:59:59.999Z'))).toBe('2026-12-02');
    expect(utcDay(new Date('2026-12-03T00:00:00Z'))).toBe('2026-12-03');
    expect(utcDay(new Date('2026-12-03T01:00:00+02:00'))).toBe('2026-12-02');
  });

  it('day is today, week the ISO week from Monday to Sunday, all time open at both ends', () => {
    expect(bucketOf('day', wednesday)).toEqual({ from: '2026-12-02', to: '2026-12-02' });
    expect(bucketOf('week', wednesday)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(bucketOf('all', wednesday)).toEqual({ from: null, to: null });
  });

  it('puts Sunday in the week that began the Monday before, Monday in a new one', () => {
    expect(bucketOf('week', new Date('2026-12-06T23:59:59Z')).from).toBe('2026-11-30');
    expect(bucketOf('week', new Date('2026-12-07T00:00:00Z'))).toEqual({
      from: '2026-12-07',
      to: '2026-12-13',
    });
  });

  it('the previous bucket is yesterday, or last week, across a month and a year end', () => {
    expect(previousBucketOf('day', wednesday)).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(previousBucketOf('day', new Date('2027-01-01T08:00:00Z'))).toEqual({
      from: '2026-12-31',
      to: '2026-12-31',
    });
    expect(previousBucketOf('week', wednesday)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
});
