import type { Redis } from 'ioredis';
import { FailureBackoff, FORGET_FAILURES_AFTER_MS, type BackoffPolicy } from './failure-backoff.js';
import { FailOpen } from './fail-open.js';

/**
 * MemoryFailureBackoff's rule in one Lua script, so every process on one Redis (the user-service
 * replicas) shares the counts and concurrent attempts are counted one by one.
 * KEYS: failures, wait. ARGV: failures before backoff, max wait ms, forget after ms.
 * Answers the ms still to wait (the attempt is then not counted), or 0.
 */
const ATTEMPT = `
local waiting = redis.call('PTTL', KEYS[2])
if waiting > 0 then return waiting end
local failures = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local free = tonumber(ARGV[1])
if failures >= free then
  local ms = math.min(tonumber(ARGV[2]), 1000 * 2 ^ math.min(failures - free, 30))
  redis.call('SET', KEYS[2], '1', 'PX', math.floor(ms))
end
return 0`;

type ScriptedRedis = Redis & {
  backoffAttempt(failures: string, wait: string, ...args: number[]): Promise<number>;
};

export class RedisFailureBackoff extends FailureBackoff {
  private readonly redis: ScriptedRedis;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    private readonly policy: BackoffPolicy,
    private readonly failOpen: FailOpen,
  ) {
    super();
    redis.defineCommand('backoffAttempt', { numberOfKeys: 2, lua: ATTEMPT });
    this.redis = redis as ScriptedRedis;
  }

  async attempt(key: string): Promise<number> {
    const ms = await this.failOpen.run(
      () =>
        this.redis.backoffAttempt(
          this.failuresKey(key),
          this.waitKey(key),
          this.policy.failuresBeforeBackoff,
          this.policy.maxWaitSeconds * 1000,
          FORGET_FAILURES_AFTER_MS,
        ),
      0,
    );
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  async reset(key: string): Promise<void> {
    await this.failOpen.run(() => this.redis.del(this.failuresKey(key), this.waitKey(key)), 0);
  }

  private failuresKey(key: string): string {
    return `${this.keyPrefix}failures:${key}`;
  }

  private waitKey(key: string): string {
    return `${this.keyPrefix}wait:${key}`;
  }
}
