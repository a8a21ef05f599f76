import { Redis } from 'ioredis';
import type { OnModuleDestroy } from '@nestjs/common';
import { CodeStore } from '../application/code-store.js';
import type { StoredCode } from '../domain/verification-code.js';

// Counts an attempt only against a live code (HINCRBY alone would create the key).
const TAKE_ATTEMPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
local n = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
return {n, redis.call('HGET', KEYS[1], 'hash')}`;

// Starts the window on the first hit only, so the count falls back to 0 an hour after it began.
const HIT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

/**
 * The split topology's code store: every replica of the verification-service sees the same codes
 * and counters, each operation one atomic Redis command or script, and Redis expires them.
 * Keys: <REDIS_KEY_PREFIX>:verification:{code|cooldown|count}:...
 */
export class RedisCodeStore extends CodeStore implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    super();
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
    // ioredis reconnects by itself; a refused command surfaces as a failed request (503).
    this.redis.on('error', () => undefined);
  }

  async put(key: string, hash: string, ttlMs: number): Promise<void> {
    const name = this.name('code', key);
    await this.redis
      .multi()
      .del(name)
      .hset(name, 'hash', hash, 'attempts', 0)
      .pexpire(name, ttlMs)
      .exec();
  }

  async takeAttempt(key: string): Promise<StoredCode | null> {
    const answer = (await this.redis.eval(TAKE_ATTEMPT, 1, this.name('code', key))) as
      [number, string] | null;
    return answer ? { attempts: Number(answer[0]), hash: answer[1] } : null;
  }

  async consume(key: string): Promise<boolean> {
    return (await this.redis.del(this.name('code', key))) === 1;
  }

  async claimCooldown(key: string, ms: number): Promise<number> {
    const name = this.name('cooldown', key);
    if ((await this.redis.set(name, '1', 'PX', ms, 'NX')) === 'OK') return 0;
    return Math.max(1, await this.redis.pttl(name));
  }

  async hit(key: string, windowMs: number): Promise<number> {
    return Number(await this.redis.eval(HIT, 1, this.name('count', key), windowMs));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  private name(kind: string, key: string): string {
    return `${this.prefix}:verification:${kind}:${key}`;
  }
}
