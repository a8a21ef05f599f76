import { setTimeout as sleep } from 'node:timers/promises';
import { RedisCache, type RedisCacheOptions } from '@nestmall/cache';
import type { Redis } from 'ioredis';
import { freePort } from './support/mall.js';
import {
  deleteKeysUnder,
  keysUnder,
  REDIS_URL,
  redisAvailable,
  redisClient,
  uniqueKeyPrefix,
} from './support/redis.js';
import { TcpProxy } from './support/tcp-proxy.js';

/**
 * libs/cache's RedisCache against the real Redis: cache-aside, invalidation, TTL, stampede
 * protection in one process and across two, and Redis gone, back or hung. Keys live under a
 * prefix of this run only and are deleted at the end. Redis absent: skipped with a message
 * locally, a failure in CI.
 */
const available = await redisAvailable('the Redis cache e2e suite');

/** A loader that counts its calls, answering `value()` after `delayMs`. */
function loader<T>(value: () => T | null, delayMs = 0) {
  const counter = {
    calls: 0,
    load: async (): Promise<T | null> => {
      counter.calls++;
      if (delayMs) await sleep(delayMs);
      return value();
    },
  };
  return counter;
}

async function until(check: () => boolean | Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

if (!available) {
  it.skip('RedisCache against Redis: no Redis, see the warning above', () => undefined);
} else {
  describe('RedisCache against Redis', () => {
    const prefix = uniqueKeyPrefix();
    const logs: string[] = [];
    const logger = {
      warn: (m: string) => void logs.push(m),
      log: (m: string) => void logs.push(m),
    };
    const opened: RedisCache[] = [];
    let redis: Redis;

    async function openCache(options: Partial<RedisCacheOptions> = {}): Promise<RedisCache> {
      const cache = new RedisCache({ url: REDIS_URL, keyPrefix: prefix, logger, ...options });
      opened.push(cache);
      await cache.connect();
      return cache;
    }

    beforeAll(() => {
      redis = redisClient();
    });

    beforeEach(() => {
      logs.length = 0;
    });

    afterAll(async () => {
      for (const cache of opened) await cache.close();
      if (redis) {
        await deleteKeysUnder(redis, prefix);
        await redis.quit();
      }
    });

    it('loads a miss, stores it as JSON with its TTL (minus at most 10 % jitter), answers hits from Redis', async () => {
      const cache = await openCache();
      const user = loader(() => ({ user_id: 7, user_name: 'test7' }));
      expect(await cache.getOrLoad('users:7', 30, user.load)).toEqual({
        user_id: 7,
        user_name: 'test7',
      });
      expect(await redis.get(`${prefix}users:7`)).toBe('{"user_id":7,"user_name":"test7"}');
      const ttl = await redis.pttl(`${prefix}users:7`);
      expect(ttl).toBeGreaterThan(26_000);
      expect(ttl).toBeLessThanOrEqual(30_000);
      expect(await cache.getOrLoad('users:7', 30, user.load)).toEqual({
        user_id: 7,
        user_name: 'test7',
      });
      expect(user.calls).toBe(1);
      expect(await redis.exists(`${prefix}lock:users:7`)).toBe(0); // the lock is freed
    });

    it('shares entries between two instances (two processes on one Redis)', async () => {
      const [a, b] = [await openCache(), await openCache()];
      const sku = loader(() => ({ sku_id: 'T00100', price_cents: 1990 }));
      await a.getOrLoad('sku:T00100', 30, sku.load);
      expect(await b.getOrLoad('sku:T00100', 30, sku.load)).toEqual({
        sku_id: 'T00100',
        price_cents: 1990,
      });
      expect(sku.calls).toBe(1);
    });

    it('never stores "not found" (null): the next read asks the loader again', async () => {
      const cache = await openCache();
      let found: { user_id: number } | null = null;
      const user = loader(() => found);
      expect(await cache.getOrLoad('users:16', 30, user.load)).toBeNull();
      expect(await redis.exists(`${prefix}users:16`, `${prefix}lock:users:16`)).toBe(0);
      found = { user_id: 16 };
      expect(await cache.getOrLoad('users:16', 30, user.load)).toEqual({ user_id: 16 });
      expect(user.calls).toBe(2);
    });

    it('invalidate() on one instance makes the other load again', async () => {
      const [a, b] = [await openCache(), await openCache()];
      let title = 'before';
      const sku = loader(() => ({ title }));
      await a.getOrLoad('sku:T00101', 30, sku.load);
      title = 'after';
      await b.invalidate('sku:T00101');
      expect(await redis.exists(`${prefix}sku:T00101`)).toBe(0);
      expect(await a.getOrLoad('sku:T00101', 30, sku.load)).toEqual({ title: 'after' });
      expect(sku.calls).toBe(2);
    });

    it('does not store a load that read the database before a write invalidated its key', async () => {
      const [reader, writer] = [await openCache(), await openCache()];
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const stale = reader.getOrLoad('users:3', 30, async () => {
        await gate;
        return { user_mobile: 'old' };
      });
      await until(async () => (await redis.exists(`${prefix}lock:users:3`)) === 1, 2000, 'lock');
      await writer.invalidate('users:3'); // the write committed after the read above
      release();
      expect(await stale).toEqual({ user_mobile: 'old' });
      expect(await redis.exists(`${prefix}users:3`)).toBe(0);
      const fresh = loader(() => ({ user_mobile: 'new' }));
      expect(await writer.getOrLoad('users:3', 30, fresh.load)).toEqual({ user_mobile: 'new' });
    });

    it('expires an entry after its TTL', async () => {
      const cache = await openCache();
      const sku = loader(() => ({ n: 1 }));
      await cache.getOrLoad('sku:ttl', 1, sku.load);
      await cache.getOrLoad('sku:ttl', 1, sku.load);
      expect(sku.calls).toBe(1);
      await sleep(1100);
      expect(await redis.exists(`${prefix}sku:ttl`)).toBe(0);
      await cache.getOrLoad('sku:ttl', 1, sku.load);
      expect(sku.calls).toBe(2);
    });

    it('stampede, one process: 200 concurrent misses of one key make 1 load', async () => {
      const cache = await openCache();
      const slow = loader(() => ({ sku_id: 'T00102' }), 50);
      const answers = await Promise.all(
        Array.from({ length: 200 }, () => cache.getOrLoad('sku:T00102', 30, slow.load)),
      );
      expect(slow.calls).toBe(1);
      expect(answers.every((a) => a?.sku_id === 'T00102')).toBe(true);
    });

    it('stampede, two processes: 200 concurrent misses on each make 1 load in all (the lock)', async () => {
      const [a, b] = [await openCache(), await openCache()];
      const slow = loader(() => ({ sku_id: 'T00103' }), 50);
      const answers = await Promise.all(
        Array.from({ length: 400 }, (_, i) =>
          (i % 2 ? a : b).getOrLoad('sku:T00103', 30, slow.load),
        ),
      );
      expect(slow.calls).toBe(1);
      expect(answers.every((a) => a?.sku_id === 'T00103')).toBe(true);
    });

    it('a lock holder slower than lockWaitMs: the others load for themselves, without storing', async () => {
      const [a, b] = [await openCache({ lockWaitMs: 100 }), await openCache({ lockWaitMs: 100 })];
      const slow = loader(() => ({ from: 'holder' }), 600);
      const holder = a.getOrLoad('sku:slow', 30, slow.load);
      await until(async () => (await redis.exists(`${prefix}lock:sku:slow`)) === 1, 2000, 'lock');
      const quick = loader(() => ({ from: 'waiter' }));
      const started = Date.now();
      expect(await b.getOrLoad('sku:slow', 30, quick.load)).toEqual({ from: 'waiter' });
      expect(Date.now() - started).toBeLessThan(500);
      expect(await redis.exists(`${prefix}sku:slow`)).toBe(0); // only the lock holder stores
      expect(await holder).toEqual({ from: 'holder' });
      expect(await redis.get(`${prefix}sku:slow`)).toBe('{"from":"holder"}');
    });

    it('a failing load fails its callers, frees the lock and stores nothing', async () => {
      const cache = await openCache();
      const failing = async () => {
        await sleep(10);
        throw new Error('database down');
      };
      const calls = [1, 2, 3].map(() => cache.getOrLoad('users:9', 30, failing));
      for (const call of calls) await expect(call).rejects.toThrow('database down');
      expect(await redis.exists(`${prefix}users:9`, `${prefix}lock:users:9`)).toBe(0);
      expect(await cache.getOrLoad('users:9', 30, async () => ({ ok: true }))).toEqual({
        ok: true,
      });
    });

    it('Redis unreachable (a port nobody listens on): answers from the loader, warns without values', async () => {
      const port = await freePort();
      const cache = await openCache({ url: `redis://:hunter2@127.0.0.1:${port}` });
      const secret = loader(() => ({ user_mobile: 'VALUE-MUST-NOT-BE-LOGGED' }), 20);
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => cache.getOrLoad('users:1', 30, secret.load)),
      );
      expect(answers.every((a) => a?.user_mobile === 'VALUE-MUST-NOT-BE-LOGGED')).toBe(true);
      expect(secret.calls).toBe(1); // single-flight still shares the load in this process
      await expect(cache.invalidate('users:1')).resolves.toBeUndefined();
      expect(logs.join('\n')).toContain(`Redis at 127.0.0.1:${port}`);
      expect(logs.join('\n')).not.toMatch(/VALUE-MUST-NOT-BE-LOGGED|hunter2|users:1/);
    });

    it('Redis stops mid-run and comes back: calls answer from the loader meanwhile, then it caches again', async () => {
      const proxy = await TcpProxy.start(Number(new URL(REDIS_URL).port || 6379));
      try {
        const cache = await openCache({ url: `redis://127.0.0.1:${proxy.port}` });
        const user = loader(() => ({ user_id: 2 }));
        await cache.getOrLoad('users:2', 30, user.load);
        await cache.getOrLoad('users:2', 30, user.load);
        expect(user.calls).toBe(1);

        await proxy.stop();
        for (let i = 0; i < 3; i++)
          expect(await cache.getOrLoad('users:2', 30, user.load)).toEqual({ user_id: 2 });
        expect(user.calls).toBe(4);
        expect(logs.join('\n')).toMatch(/answering from the database/);

        await proxy.resume();
        await until(() => cache.status === 'ready', 10_000, 'the reconnection');
        await cache.getOrLoad('users:2', 30, user.load); // still in Redis from before
        expect(user.calls).toBe(4);
      } finally {
        await proxy.close();
      }
    });

    it('Redis hangs: each call gives up after the command timeout and answers from the loader', async () => {
      const proxy = await TcpProxy.start(Number(new URL(REDIS_URL).port || 6379));
      try {
        const cache = await openCache({
          url: `redis://127.0.0.1:${proxy.port}`,
          commandTimeoutMs: 200,
        });
        proxy.stall(true);
        const user = loader(() => ({ user_id: 4 }));
        const started = Date.now();
        expect(await cache.getOrLoad('users:4', 30, user.load)).toEqual({ user_id: 4 });
        expect(Date.now() - started).toBeLessThan(1500);
        expect(user.calls).toBe(1);
      } finally {
        await proxy.close();
      }
    });

    it('close() ends the connection; a closed cache still answers from the loader', async () => {
      const cache = await openCache();
      expect(cache.status).toBe('ready');
      await cache.close();
      expect(cache.status).toBe('end');
      expect(await cache.getOrLoad('users:5', 30, async () => ({ user_id: 5 }))).toEqual({
        user_id: 5,
      });
    });

    it('leaves nothing but its own prefix behind (checked by the clean-up)', async () => {
      const keys = await keysUnder(redis, prefix);
      expect(keys.every((k) => k.startsWith(prefix))).toBe(true);
    });
  });
}
