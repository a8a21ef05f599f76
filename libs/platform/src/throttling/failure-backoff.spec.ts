import { jest } from '@jest/globals';
import { backoffMs, MemoryFailureBackoff } from './failure-backoff.js';

const policy = { failuresBeforeBackoff: 3, maxWaitSeconds: 10 };

describe('backoffMs', () => {
  it('is free below the threshold, then 1 s doubling up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 40].map((n) => backoffMs(n, policy))).toEqual([
      0, 0, 1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });
});

describe('MemoryFailureBackoff', () => {
  afterEach(() => jest.useRealTimers());

  it('lets attempts through until the threshold, then makes the key wait', async () => {
    jest.useFakeTimers({ now: 0 });
    const backoff = new MemoryFailureBackoff(policy);
    expect([
      await backoff.attempt('a'),
      await backoff.attempt('a'),
      await backoff.attempt('a'),
    ]).toEqual([0, 0, 0]);
    expect(await backoff.attempt('a')).toBe(1);
    expect(await backoff.attempt('b')).toBe(0);
    jest.setSystemTime(1000);
    expect(await backoff.attempt('a')).toBe(0); // the 4th failure: 2 s
    jest.setSystemTime(2500);
    expect(await backoff.attempt('a')).toBe(1);
  });

  it('forgets a key on reset', async () => {
    const backoff = new MemoryFailureBackoff(policy);
    for (let i = 0; i < 3; i++) await backoff.attempt('a');
    await backoff.reset('a');
    expect(await backoff.attempt('a')).toBe(0);
  });
});
