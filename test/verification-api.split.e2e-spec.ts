import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { mariadbDatabase } from './support/databases.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { deleteKeysUnder, redisAvailable, redisClient, uniqueKeyPrefix } from './support/redis.js';
import { startSandboxes, type Sandboxes } from './support/sandboxes.js';
import { startSplit, type SplitShop } from './support/split.js';
import {
  freshMobile,
  VERIFICATION_TEST_ENV,
  verificationApiSuite,
} from './verification-api.suite.js';

/**
 * The verification suite against the split topology: gateway, user-service and
 * verification-service as separate processes on MariaDB, the codes in Redis, the messages over
 * RabbitMQ to the real SMTP sink and sandbox SMS provider. Then the crash test: the
 * verification-service killed (SIGKILL) between its send and its ack.
 */
const users = await mariadbDatabase('mall_user_ve2e');
const verification = await mariadbDatabase('mall_verification_ve2e');
const needs =
  (await rabbitmqAvailable('the split verification suite')) &&
  (await redisAvailable('the split verification suite'));

if (!users || !verification || !needs) {
  it.skip('verification (split): MariaDB, RabbitMQ or Redis missing, see the warning above', () =>
    undefined);
} else {
  const prefix = uniqueKeyPrefix().slice(0, -1);
  let sandboxes: Sandboxes;
  let shop: SplitShop;
  beforeAll(async () => {
    sandboxes = await startSandboxes();
    shop = await startSplit({
      databases: { users: users.url, verification: verification.url },
      env: {
        ...VERIFICATION_TEST_ENV,
        ...sandboxes.env,
        VERIFICATION_CODE_STORE: 'redis',
        REDIS_KEY_PREFIX: prefix,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await shop?.close();
    await sandboxes?.stop();
    const redis = redisClient();
    await deleteKeysUnder(redis, `${prefix}:`);
    redis.disconnect();
    await Promise.all([users.drop(), verification.drop()]);
  });

  it('keeps the codes in Redis as keyed hashes only', async () => {
    const mobile = freshMobile();
    await request(shop.http)
      .post('/verification/codes')
      .send({ purpose: 'login_by_code', destination: mobile })
      .expect(202);
    const redis = redisClient();
    try {
      const keys = await redis.keys(`${prefix}:verification:code:login_by_code:${mobile}:*`);
      expect(keys).toHaveLength(1);
      const stored = await redis.hgetall(keys[0]);
      expect(Object.keys(stored).sort()).toEqual(['attempts', 'hash']);
      expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(await redis.pttl(keys[0])).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });

  it('delivers one e-mail per code when the sender is killed (SIGKILL) between send and ack', async () => {
    const mail = sandboxes.mail;
    const address = `crash-${randomBytes(4).toString('hex')}@example.com`;
    const before = await mail.stats();
    // The sink stores the message, then holds its "250 OK": the service is killed meanwhile,
    // so the event was sent but never acknowledged (no inbox row, no broker ack).
    await mail.hold(60_000);
    await request(shop.http)
      .post('/verification/codes')
      .send({ purpose: 'reset_password', destination: address })
      .expect(202);
    await mail.codeFor(address);
    await shop.verification!.kill('SIGKILL');
    await mail.hold(0);
    await shop.verification!.start();
    // RabbitMQ hands the unacknowledged event to the restarted consumer, which sends it again
    // with the same Message-ID: the sink counts a duplicate and keeps one message.
    const deadline = Date.now() + 30_000;
    while ((await mail.stats()).duplicates === before.duplicates && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect((await mail.stats()).duplicates).toBe(before.duplicates + 1);
    expect(await mail.messages(address)).toHaveLength(1);
    const unsent = await verification.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM messaging_outbox WHERE published_at_ms IS NULL',
    );
    expect(Number(unsent[0].n)).toBe(0);
    const handled = await verification.query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM messaging_inbox WHERE consumer = 'verification.message-sender'",
    );
    expect(Number(handled[0].n)).toBeGreaterThan(0);
  }, 90_000);

  // After the tests above: its last test spends the client address's hourly allowance.
  verificationApiSuite(
    'split: gateway, user-service, verification-service; codes in Redis',
    () => shop,
    () => sandboxes,
    () => ({ users: shop.users[0].env.GRPC_URL, verification: shop.verification!.env.GRPC_URL }),
  );
}
