import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { skipOrFail } from './skip-or-fail.js';

export const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether the development machine's Redis answers. Where none does, a local run says so and the
 * caller skips; in CI (CI=true) that is a failure instead.
 */
export async function redisAvailable(what: string): Promise<boolean> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  let cause: Error | undefined; // ioredis rejects with "Connection is closed"; this says why
  client.on('error', (error: Error) => (cause ??= error));
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    const why = `Redis is not reachable at ${REDIS_URL} (${(cause ?? (error as Error)).message})`;
    return skipOrFail(what, why, error);
  } finally {
    client.disconnect();
  }
}

/** A key prefix no other run shares: `nestmall-e2e:<pid>-<random>:`. */
export function uniqueKeyPrefix(): string {
  return `nestmall-e2e:${process.pid}-${randomBytes(4).toString('hex')}:`;
}

/** A plain client, for tests to look at and arrange keys. */
export function redisClient(): Redis {
  return new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
}

/** Every key under `prefix`. */
export async function keysUnder(client: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}

/** Deletes every key under `prefix` (a test's clean-up). */
export async function deleteKeysUnder(client: Redis, prefix: string): Promise<void> {
  const keys = await keysUnder(client, prefix);
  if (keys.length) await client.del(...keys);
}
