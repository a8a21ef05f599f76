import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startMall, type InProcessShop } from './support/mall.js';
import { startSandboxes, type Sandboxes } from './support/sandboxes.js';
import { VERIFICATION_TEST_ENV, verificationApiSuite } from './verification-api.suite.js';

// The monolith on SQLite (the embedded default) and on MariaDB: codes in memory, messages
// through the in-process outbox to the real SMTP sink and sandbox SMS provider (their own
// processes).
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_verification_e2e')],
];

let sandboxes: Sandboxes;
beforeAll(async () => {
  sandboxes = await startSandboxes();
});
afterAll(() => sandboxes?.stop());

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`verification (${name}): no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(name, () => {
    let shop: InProcessShop;
    beforeAll(async () => {
      shop = await startMall(database.url, {
        ...VERIFICATION_TEST_ENV,
        ...sandboxes.env,
        OUTBOX_RELAY_INTERVAL_MS: '100',
      });
    });
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });
    verificationApiSuite(
      name,
      () => shop,
      () => sandboxes,
      () => ({ users: shop.grpcUrl, verification: shop.grpcUrl }),
    );
  });
}
