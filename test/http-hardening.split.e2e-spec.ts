import { sqliteDatabase } from './support/databases.js';
import { freePort } from './support/mall.js';
import { httpOk } from './support/processes.js';
import * as testRedis from './support/redis.js';
import { startSplit, type SplitShop } from './support/split.js';
import { HARDENING_ENV, httpHardeningSuite } from './http-hardening.suite.js';

/**
 * The gateway in front of one user-service (on SQLite: the edge's rules need no MariaDB), both
 * keeping their limits in Redis (THROTTLE_STORE=redis) under a prefix of this run.
 */
const available = await testRedis.redisAvailable('the split HTTP hardening suite');

if (available) {
  const users = sqliteDatabase();
  const prefix = testRedis.uniqueKeyPrefix().slice(0, -1);
  const redis = testRedis.redisClient();
  let shop: SplitShop;

  beforeAll(async () => {
    shop = await startSplit({
      databases: { users: users.url },
      env: {
        ...HARDENING_ENV,
        THROTTLE_STORE: 'redis',
        REDIS_URL: testRedis.REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
      },
    });
  }, 60_000);

  afterAll(async () => {
    await shop?.close();
    await users.drop();
    await testRedis.deleteKeysUnder(redis, `${prefix}:`);
    redis.disconnect();
  });

  httpHardeningSuite('split: gateway + user-service', () => shop, {
    startVariant: async (env) => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const edge = await shop.cluster.start(
        'gateway-variant',
        'gateway',
        { ...shop.gateway.env, ...env, PORT: String(port) },
        httpOk(`${url}/users/1`),
      );
      return { url, signal: (s) => edge.child!.kill(s), close: () => edge.kill('SIGTERM') };
    },
    redisKeys: () => testRedis.keysUnder(redis, `${prefix}:throttle:`),
  });
} else {
  it.skip('HTTP hardening (split): no Redis, see the warning above', () => undefined);
}
