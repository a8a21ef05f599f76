import { jest } from '@jest/globals';
import { RedisSoldOutBoard } from './redis-sold-out-board.js';

describe('RedisSoldOutBoard', () => {
  // Not started: no Redis connection; mark() is what a message on the channel does.
  const board = () =>
    new RedisSoldOutBoard({ url: 'redis://127.0.0.1:1', prefix: 'p', ttlMs: 1000 });

  afterEach(() => jest.useRealTimers());

  it('knows a SKU is sold out for the gate TTL after it was told, then forgets it', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const b = board();
    expect(b.isSoldOut('T00103')).toBe(false);
    b.mark('T00103');
    expect(b.isSoldOut('T00103')).toBe(true);
    expect(b.isSoldOut('T00104')).toBe(false);
    jest.setSystemTime(1_000_999);
    expect(b.isSoldOut('T00103')).toBe(true);
    jest.setSystemTime(1_001_000);
    expect(b.isSoldOut('T00103')).toBe(false);
  });

  it('a later mark extends the time', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const b = board();
    b.mark('T00103');
    jest.setSystemTime(1_000_800);
    b.mark('T00103');
    jest.setSystemTime(1_001_500);
    expect(b.isSoldOut('T00103')).toBe(true);
  });
});
