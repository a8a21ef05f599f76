import { createHash } from 'node:crypto';

/**
 * The Redis key prefix of the data behind `databaseUrl`:
 * `<REDIS_KEY_PREFIX>:cache:<12 hex of its SHA-256>:`.
 * Processes that serve one database share entries (the user-service replicas), processes on
 * different databases never meet (e2e runs, benchmarks). So every process of one deployment
 * must spell its DATABASE_URL the same way, or they would neither share nor invalidate each
 * other's entries. The URL (and any password in it) never appears in Redis.
 */
export function cacheKeyPrefix(databaseUrl: string, namespace = 'nestmall'): string {
  const data = createHash('sha256').update(databaseUrl).digest('hex').slice(0, 12);
  return `${namespace}:cache:${data}:`;
}
