import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Cache } from './cache.js';
import { SingleFlight } from './single-flight.js';

export interface RedisCacheOptions {
  /** redis://[user:pass@]host:port[/db] */
  url: string;
  /** Put before every key, so deployments and test runs sharing one Redis never meet. */
  keyPrefix: string;
  defaultTtlSeconds?: number;
  /** The longest a loader holds a key's lock, should it die holding it. */
  lockTtlMs?: number;
  /** How long others wait for the lock holder's value before loading for themselves. */
  lockWaitMs?: number;
  /** How often a waiter looks for that value. */
  pollMs?: number;
  /** Each entry lives up to this fraction less than its TTL, at random: no synchronized expiry. */
  ttlJitter?: number;
  /** A command slower than this counts as failed (the loader answers instead). */
  commandTimeoutMs?: number;
  logger?: Pick<Logger, 'warn' | 'log'>;
}

/** Stores `json` under KEYS[1] only if this loader still holds the lock KEYS[2], and frees it. */
const FILL = `
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  redis.call('DEL', KEYS[2])
  return 1
end
return 0`;

/** Frees the lock KEYS[1] if this loader (ARGV[1]) still holds it. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

type ScriptedRedis = Redis & {
  cacheFill(key: string, lock: string, token: string, json: string, px: number): Promise<number>;
  cacheRelease(lock: string, token: string): Promise<number>;
};

const WARN_EVERY_MS = 10_000;

/**
 * The cache shared by every process on one Redis (ioredis): JSON values under `keyPrefix`, TTLs
 * with jitter. A miss is loaded once: in this process by single-flight, across processes by a
 * short lock (SET NX PX) that the loader holds while it reads the database; the others poll for
 * its value, and load for themselves if it is slower than `lockWaitMs`. The value is stored only
 * if the loader still holds its lock, and invalidate() deletes the lock with the key: so a load
 * that read the database before a write cannot store its stale result after that write's
 * invalidation.
 *
 * Redis being down, slow or gone never fails a call: the loader answers, and a warning (at most
 * one every 10 s, never a value) says so. Commands fail fast while disconnected (no offline
 * queue) and ioredis reconnects in the background.
 */
export class RedisCache extends Cache implements OnApplicationShutdown {
  readonly defaultTtlSeconds: number;
  private readonly redis: ScriptedRedis;
  private readonly keyPrefix: string;
  private readonly lockTtlMs: number;
  private readonly lockWaitMs: number;
  private readonly pollMs: number;
  private readonly ttlJitter: number;
  private readonly logger: Pick<Logger, 'warn' | 'log'>;
  private readonly flights = new SingleFlight();
  private readonly where: string;
  private lastWarnAt = -Infinity;
  private quietWarnings = 0;
  private unreachable = false;

  constructor(options: RedisCacheOptions) {
    super();
    this.keyPrefix = options.keyPrefix;
    this.defaultTtlSeconds = options.defaultTtlSeconds ?? 60;
    this.lockTtlMs = options.lockTtlMs ?? 2000;
    this.lockWaitMs = options.lockWaitMs ?? 500;
    this.pollMs = options.pollMs ?? 10;
    this.ttlJitter = options.ttlJitter ?? 0.1;
    this.logger = options.logger ?? new Logger('Cache');
    const url = new URL(options.url);
    this.where = `Redis at ${url.hostname}:${url.port || 6379}`; // never the password
    this.redis = new Redis(options.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectTimeout: 2000,
      // disconnect() arms a timer of this length on a socket that may already be closed, which
      // would hold a shutting-down process that long.
      disconnectTimeout: 200,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    }) as ScriptedRedis;
    this.redis.defineCommand('cacheFill', { numberOfKeys: 2, lua: FILL });
    this.redis.defineCommand('cacheRelease', { numberOfKeys: 1, lua: RELEASE });
    this.redis.on('error', (error: Error) => {
      this.unreachable = true;
      this.warn('connection', error);
    });
    this.redis.on('ready', () => {
      if (this.unreachable) this.logger.log(`${this.where} is reachable again`);
      this.unreachable = false;
    });
  }

  /**
   * Connects, waiting at most `timeoutMs`. Never throws: if Redis is not there yet, calls load
   * from the database and ioredis keeps trying in the background.
   */
  async connect(timeoutMs = 2000): Promise<void> {
    const connected = this.redis.connect().then(
      () => true,
      () => false,
    );
    if (!(await within(connected, timeoutMs)) && !this.unreachable)
      this.logger.warn(
        `${this.where} is not reachable: reading from the database until it is (${this.redis.status})`,
      );
  }

  /** ioredis's connection status: 'ready' when commands go through, 'end' once closed. */
  get status(): string {
    return this.redis.status;
  }

  protected async lookup<T>(
    key: string,
    ttlSeconds: number,
    load: () => Promise<T | null>,
  ): Promise<T | null> {
    const json = await this.flights.run(key, () => this.fetch(key, ttlSeconds, load));
    return json === null ? null : (JSON.parse(json) as T);
  }

  async invalidate(...keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) this.flights.forget(key);
    try {
      await this.redis.del(...keys.flatMap((key) => [this.keyOf(key), this.lockOf(key)]));
    } catch (error) {
      this.warn(`invalidate (entries may stay stale for up to their TTL)`, error);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  /** Ends the connection (QUIT, or a plain disconnect if Redis does not answer within 1 s). */
  async close(): Promise<void> {
    if (this.redis.status === 'end') return;
    if (this.redis.status === 'ready') {
      const ended = once(this.redis, 'end').then(() => true);
      this.redis.quit().catch(() => undefined);
      if (await within(ended, 1000)) return;
    }
    this.redis.disconnect();
  }

  private async fetch<T>(
    key: string,
    ttlSeconds: number,
    load: () => Promise<T | null>,
  ): Promise<string | null> {
    const valueKey = this.keyOf(key);
    const lockKey = this.lockOf(key);
    let cached: string | null;
    try {
      cached = await this.redis.get(valueKey);
    } catch (error) {
      this.warn('read', error);
      return toJson(await load());
    }
    if (cached !== null) return cached;

    const token = randomUUID();
    let locked: boolean;
    try {
      locked = (await this.redis.set(lockKey, token, 'PX', this.lockTtlMs, 'NX')) === 'OK';
    } catch (error) {
      this.warn('lock', error);
      return toJson(await load());
    }
    if (locked) return this.loadAndFill(valueKey, lockKey, token, ttlSeconds, load);
    return this.awaitHolder(valueKey, lockKey, load);
  }

  private async loadAndFill<T>(
    valueKey: string,
    lockKey: string,
    token: string,
    ttlSeconds: number,
    load: () => Promise<T | null>,
  ): Promise<string | null> {
    let json: string | null;
    try {
      json = toJson(await load());
    } catch (error) {
      await this.redis.cacheRelease(lockKey, token).catch((e: unknown) => this.warn('unlock', e));
      throw error;
    }
    try {
      if (json === null) await this.redis.cacheRelease(lockKey, token);
      else await this.redis.cacheFill(valueKey, lockKey, token, json, this.ttlMs(ttlSeconds));
    } catch (error) {
      this.warn('write', error);
    }
    return json;
  }

  /** Another process holds the lock: wait for its value, then load for ourselves. */
  private async awaitHolder<T>(
    valueKey: string,
    lockKey: string,
    load: () => Promise<T | null>,
  ): Promise<string | null> {
    const deadline = Date.now() + this.lockWaitMs;
    while (Date.now() < deadline) {
      await sleep(this.pollMs);
      let value: string | null;
      let lock: string | null;
      try {
        [value, lock] = await this.redis.mget(valueKey, lockKey);
      } catch (error) {
        this.warn('read', error);
        break;
      }
      if (value !== null) return value;
      if (lock === null) break; // done without storing (nothing found, failed, or invalidated)
    }
    return toJson(await load());
  }

  private ttlMs(ttlSeconds: number): number {
    return Math.max(1, Math.round(ttlSeconds * 1000 * (1 - Math.random() * this.ttlJitter)));
  }

  private keyOf(key: string): string {
    return this.keyPrefix + key;
  }

  private lockOf(key: string): string {
    return `${this.keyPrefix}lock:${key}`;
  }

  /** One warning per 10 s at most, with the count of the ones held back; names no key or value. */
  private warn(operation: string, error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarnAt < WARN_EVERY_MS) {
      this.quietWarnings++;
      return;
    }
    const held = this.quietWarnings ? ` (${this.quietWarnings} more in the last 10 s)` : '';
    this.lastWarnAt = now;
    this.quietWarnings = 0;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(
      `cache ${operation} failed on ${this.where}: ${reason.slice(0, 200)}; answering from the database${held}`,
    );
  }
}

/** `promise`'s answer, or false if it takes longer than `ms` (the timer does not outlive it). */
async function within(promise: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
