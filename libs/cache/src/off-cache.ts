import { Cache } from './cache.js';

/** CACHE=off: every read goes to the loader, nothing is kept. */
export class OffCache extends Cache {
  constructor(readonly defaultTtlSeconds = 60) {
    super();
  }

  protected lookup<T>(
    _key: string,
    _ttlSeconds: number,
    load: () => Promise<T | null>,
  ): Promise<T | null> {
    return load();
  }

  async invalidate(..._keys: string[]): Promise<void> {}
}
