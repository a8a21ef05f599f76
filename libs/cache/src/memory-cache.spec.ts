import { MemoryCache } from './memory-cache.js';

/** A loader that counts its calls and answers what `answer()` says, after `delayMs`. */
function loader<T>(answer: () => T | null, delayMs = 0) {
  const counter = {
    calls: 0,
    load: async (): Promise<T | null> => {
      counter.calls++;
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      return answer();
    },
  };
  return counter;
}

describe('MemoryCache', () => {
  let clock: number;
  let cache: MemoryCache;

  beforeEach(() => {
    clock = 1_000_000;
    cache = new MemoryCache({ maxEntries: 3, defaultTtlSeconds: 60, now: () => clock });
  });

  it('loads on a miss, then answers from memory until the TTL has passed', async () => {
    const users = loader(() => ({ user_id: 7, user_name: 'test7' }));
    expect(await cache.getOrLoad('user:7', 10, users.load)).toEqual({
      user_id: 7,
      user_name: 'test7',
    });
    expect(await cache.getOrLoad('user:7', 10, users.load)).toEqual({
      user_id: 7,
      user_name: 'test7',
    });
    expect(users.calls).toBe(1);
    clock += 9_999;
    await cache.getOrLoad('user:7', 10, users.load);
    expect(users.calls).toBe(1);
    clock += 1;
    await cache.getOrLoad('user:7', 10, users.load);
    expect(users.calls).toBe(2);
  });

  it('gives each caller its own copy (JSON), as Redis would', async () => {
    const first = await cache.getOrLoad('k', 60, async () => ({ list: [1, 2] }));
    first!.list.push(3);
    expect(await cache.getOrLoad('k', 60, async () => null)).toEqual({ list: [1, 2] });
  });

  it('returns null from the loader but never stores it: the next read asks again', async () => {
    let found: { id: number } | null = null;
    const lookups = loader(() => found);
    expect(await cache.getOrLoad('user:16', 60, lookups.load)).toBeNull();
    found = { id: 16 };
    expect(await cache.getOrLoad('user:16', 60, lookups.load)).toEqual({ id: 16 });
    expect(lookups.calls).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('shares one load among 200 concurrent misses of a key', async () => {
    const slow = loader(() => ({ sku_id: 'T00100' }), 20);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => cache.getOrLoad('sku:T00100', 60, slow.load)),
    );
    expect(slow.calls).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set(['{"sku_id":"T00100"}']),
    );
  });

  it('invalidate() drops the entry: the next read loads again', async () => {
    let mobile = '13800138000';
    const users = loader(() => ({ mobile }));
    await cache.getOrLoad('user:1', 60, users.load);
    mobile = '13900139000';
    await cache.invalidate('user:1', 'user:2');
    expect(await cache.getOrLoad('user:1', 60, users.load)).toEqual({ mobile: '13900139000' });
    expect(users.calls).toBe(2);
  });

  it('does not store a load that was in flight when its key was invalidated', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const stale = cache.getOrLoad('user:1', 60, async () => {
      await gate; // read before the write...
      return { mobile: 'old' };
    });
    await cache.invalidate('user:1'); // ...the write commits and invalidates
    release();
    expect(await stale).toEqual({ mobile: 'old' }); // its caller asked before the write
    expect(await cache.getOrLoad('user:1', 60, async () => ({ mobile: 'new' }))).toEqual({
      mobile: 'new',
    });
  });

  it('passes a loader failure to every waiting caller and stores nothing', async () => {
    const failing = async () => {
      await new Promise((r) => setTimeout(r, 5));
      throw new Error('database down');
    };
    const calls = [1, 2, 3].map(() => cache.getOrLoad('k', 60, failing));
    for (const call of calls) await expect(call).rejects.toThrow('database down');
    expect(cache.size).toBe(0);
    expect(await cache.getOrLoad('k', 60, async () => 'ok')).toBe('ok');
  });

  it('keeps at most maxEntries, pushing out the least recently used', async () => {
    const value = (k: string) => async () => k;
    for (const k of ['a', 'b', 'c']) await cache.getOrLoad(k, 60, value(k));
    await cache.getOrLoad('a', 60, value('reloaded')); // a is now the most recently used
    await cache.getOrLoad('d', 60, value('d')); // pushes out b
    expect(cache.size).toBe(3);
    expect(await cache.getOrLoad('a', 60, value('reloaded'))).toBe('a');
    expect(await cache.getOrLoad('b', 60, value('b again'))).toBe('b again');
  });

  it('refuses a bound below 1', () => {
    expect(() => new MemoryCache({ maxEntries: 0 })).toThrow(RangeError);
  });

  it('with peers (the workers of one edge): an invalidation here reaches them, theirs reach here', async () => {
    // Two workers' caches joined the way the cluster primary joins them: each publish reaches the
    // others, never the publisher.
    const handlers: ((keys: string[]) => void)[] = [];
    const peers = (self: number) => ({
      publish: (keys: string[]) => handlers.forEach((h, i) => i !== self && h(keys)),
      subscribe: (handler: (keys: string[]) => void) => void handlers.push(handler),
    });
    const a = new MemoryCache({ peers: peers(0), now: () => clock });
    const b = new MemoryCache({ peers: peers(1), now: () => clock });
    let version = 1;
    const users = loader(() => ({ user_id: 7, version }));
    await a.getOrLoad('user:7', 60, users.load);
    await b.getOrLoad('user:7', 60, users.load);
    expect(users.calls).toBe(2);

    version = 2; // written through worker a, which invalidates
    await a.invalidate('user:7');
    expect(await b.getOrLoad('user:7', 60, users.load)).toEqual({ user_id: 7, version: 2 });
    expect(await a.getOrLoad('user:7', 60, users.load)).toEqual({ user_id: 7, version: 2 });
    expect(users.calls).toBe(4);

    version = 3; // and through worker b
    await b.invalidate('user:7');
    expect(await a.getOrLoad('user:7', 60, users.load)).toEqual({ user_id: 7, version: 3 });
  });
});
