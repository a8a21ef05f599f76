import { Cache } from './cache.js';
import { SingleFlight } from './single-flight.js';

export interface MemoryCacheOptions {
  /** The most entries kept; the least recently used goes first. */
  maxEntries?: number;
  defaultTtlSeconds?: number;
  /** The clock, in ms (tests move it). */
  now?: () => number;
  /**
   * The other processes of the same edge (cluster workers, WEB_CONCURRENCY): each invalidation
   * reaches their caches too. Without it, this process is the only one.
   */
  peers?: CachePeers;
}

/** A channel to the memory caches of the other processes of one edge. */
export interface CachePeers {
  publish(keys: string[]): void;
  subscribe(handler: (keys: string[]) => void): void;
}

interface Entry {
  json: string;
  expiresAt: number;
}

/**
 * The cache in this process: a Map kept in least-recently-used order, bounded by entries, each
 * with its expiry. Stores JSON text, so callers get copies, as from Redis. Per process: a write
 * served by another process is seen here only when the entry expires, unless that process is a
 * peer (`peers`: the workers of one edge), whose invalidations arrive here too.
 */
export class MemoryCache extends Cache {
  readonly defaultTtlSeconds: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new SingleFlight();
  private readonly peers?: CachePeers;

  constructor(options: MemoryCacheOptions = {}) {
    super();
    this.maxEntries = options.maxEntries ?? 10_000;
    this.defaultTtlSeconds = options.defaultTtlSeconds ?? 60;
    this.now = options.now ?? Date.now;
    if (!(this.maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
    this.peers = options.peers;
    this.peers?.subscribe((keys) => this.drop(keys));
  }

  protected async lookup<T>(
    key: string,
    ttlSeconds: number,
    load: () => Promise<T | null>,
  ): Promise<T | null> {
    const json =
      this.read(key) ??
      (await this.flights.run(key, async (isCurrent) => {
        const value = await load();
        if (value === null) return null;
        const text = JSON.stringify(value);
        if (isCurrent()) this.write(key, text, ttlSeconds);
        return text;
      }));
    return json === null ? null : (JSON.parse(json) as T);
  }

  async invalidate(...keys: string[]): Promise<void> {
    this.drop(keys);
    if (keys.length > 0) this.peers?.publish(keys);
  }

  /** Forgets `keys` here, and any load in flight for them (its value may predate the change). */
  private drop(keys: string[]): void {
    for (const key of keys) {
      this.entries.delete(key);
      this.flights.forget(key);
    }
  }

  /** Entries held, expired ones included until they are next touched or pushed out. */
  get size(): number {
    return this.entries.size;
  }

  private read(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry); // now the most recently used
    return entry.json;
  }

  private write(key: string, json: string, ttlSeconds: number): void {
    this.entries.delete(key);
    this.entries.set(key, { json, expiresAt: this.now() + ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }
}
