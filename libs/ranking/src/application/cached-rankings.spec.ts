import { MemoryCache } from '@nestmall/cache';
import { PrimaryOnlyReads } from '@nestmall/ports/platform';
import { CachedRankings } from './cached-rankings.js';

describe('CachedRankings', () => {
  it('reuses an answer by its whole key for RANKING_CACHE_SECONDS', async () => {
    const cached = new CachedRankings(new MemoryCache(), 5, new PrimaryOnlyReads());
    let loads = 0;
    const load = async () => ({ total: ++loads });
    expect(await cached.get(['best', { from: '2026-12-02' }, 1], load)).toEqual({ total: 1 });
    expect(await cached.get(['best', { from: '2026-12-02' }, 1], load)).toEqual({ total: 1 });
    // Another day's bucket (or page, or category) is another answer.
    expect(await cached.get(['best', { from: '2026-12-03' }, 1], load)).toEqual({ total: 2 });
  });

  it('computes every answer when RANKING_CACHE_SECONDS is 0', async () => {
    const cached = new CachedRankings(new MemoryCache(), 0, new PrimaryOnlyReads());
    let loads = 0;
    const load = async () => ++loads;
    await cached.get(['best'], load);
    expect(await cached.get(['best'], load)).toBe(2);
  });
});
