/**
 * Cache-aside, explicit: a use case asks for a key and says how to load it on a miss, and a write
 * names the keys it makes stale. An abstract class, so it is also the DI token; CacheModule binds
 * the implementation CACHE chooses (memory, redis or off).
 *
 * Values are JSON (plain objects, arrays, strings, numbers, booleans): every caller gets a copy of
 * its own, whichever implementation answers. Cache views, never entities that hold secrets.
 */
export abstract class Cache {
  /** CACHE_TTL_SECONDS: the time to live for a caller with no reason to choose another. */
  abstract readonly defaultTtlSeconds: number;

  /**
   * The value under `key`, or what `load` answers, stored for at most `ttlSeconds`. `load`
   * answers null for "there is none": null is returned but never stored, so a thing created
   * later is seen at once. Concurrent misses of one key share one load. A failing cache never
   * fails the call (`load` answers instead); a failing `load` fails it, and nothing is stored.
   */
  async getOrLoad<T>(
    key: string,
    ttlSeconds: number,
    load: () => Promise<T | null>,
  ): Promise<T | null> {
    let loaded = false;
    const value = await this.lookup(key, ttlSeconds, () => {
      loaded = true;
      return load();
    });
    if (loaded) this.stats.misses++;
    else this.stats.hits++;
    return value;
  }

  /**
   * Reads answered from the cache (hits) and by the caller's `load` (misses) since start, for
   * the metrics. A read that waited for another caller's load of the same key is a hit.
   */
  readonly stats = { hits: 0, misses: 0 };

  /** getOrLoad as each implementation does it. */
  protected abstract lookup<T>(
    key: string,
    ttlSeconds: number,
    load: () => Promise<T | null>,
  ): Promise<T | null>;

  /**
   * Drops `keys` after a write that changed what they hold. A load of one of them already in
   * flight is not stored. Never throws: if the cache cannot be reached, the entry may stay
   * stale until it expires (at most its time to live), and a warning says so.
   */
  abstract invalidate(...keys: string[]): Promise<void>;
}
