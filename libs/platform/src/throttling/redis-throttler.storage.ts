import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { FailOpen } from './fail-open.js';

/**
 * @nestjs/throttler's storage on Redis, so the gateway's replicas share one count per client.
 * The same rule as its in-memory ThrottlerStorageService: hits counted in a window of `ttl`;
 * the hit over `limit` blocks the key for `blockDuration`, after which a fresh window starts.
 * KEYS: hits, block. ARGV: ttl ms, limit, block ms.
 * Answers hits, ms left in the window, 1 if blocked, ms left of the block.
 */
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or ARGV[2]) + 1, blocked, 1, blocked}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local window = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  local block = tonumber(ARGV[3])
  if block <= 0 then return {hits, window, 1, window} end
  redis.call('SET', KEYS[2], '1', 'PX', block)
  redis.call('DEL', KEYS[1])
  return {hits, block, 1, block}
end
return {hits, window, 0, 0}`;

type ScriptedRedis = Redis & {
  throttlerIncrement(hits: string, block: string, ...args: number[]): Promise<number[]>;
};

type Record = Awaited<ReturnType<ThrottlerStorage['increment']>>;

export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly redis: ScriptedRedis;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    private readonly failOpen: FailOpen,
  ) {
    redis.defineCommand('throttlerIncrement', { numberOfKeys: 2, lua: INCREMENT });
    this.redis = redis as ScriptedRedis;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<Record> {
    const base = `${this.keyPrefix}${throttlerName}:${key}`;
    const open: number[] = [1, ttl, 0, 0];
    const [hits, windowMs, blocked, blockMs] = await this.failOpen.run(
      () =>
        this.redis.throttlerIncrement(`${base}:hits`, `${base}:block`, ttl, limit, blockDuration),
      open,
    );
    return {
      totalHits: hits,
      timeToExpire: Math.ceil(windowMs / 1000),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.ceil(blockMs / 1000),
    };
  }
}
