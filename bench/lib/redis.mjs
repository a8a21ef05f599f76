// Redis for the benchmarks that run the monolith with CACHE=redis: checked before, its keys
// counted (to prove the cache is in use) and deleted at the end.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The monolith's cache key prefix for a DATABASE_URL and REDIS_KEY_PREFIX (libs/cache/src/key-prefix.ts, same rule). */
export function cacheKeyPrefix(databaseUrl, keyPrefix = 'nestmall') {
  return `${keyPrefix}:cache:${createHash('sha256').update(databaseUrl).digest('hex').slice(0, 12)}:`;
}

/** A client, or a clear error if Redis does not answer. */
export async function connectRedis() {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.disconnect();
    throw new Error(
      `Redis is not reachable at ${REDIS_URL} (${error.message}); set BENCH_REDIS_URL`,
      {
        cause: error,
      },
    );
  }
}

export async function keysUnder(client, prefix) {
  const keys = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}

export async function deleteKeysUnder(client, prefix) {
  const keys = await keysUnder(client, prefix);
  if (keys.length) await client.del(...keys);
}
