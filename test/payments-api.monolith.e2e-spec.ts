import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import type { InProcessShop } from './support/mall.js';
import { startPayingMall, type PaymentSandboxes } from './support/payment-sandbox.js';
import { paymentsApiSuite } from './payments-api.suite.js';

// The monolith, listening on a free port for the sandbox providers' webhooks, on SQLite and on
// MariaDB (skipped with a message where none runs; a failure in CI).
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_payments_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`payments API (${name}): no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(name, () => {
    let shop: InProcessShop & { sandboxes: PaymentSandboxes };
    beforeAll(async () => {
      shop = await startPayingMall(database.url);
    }, 60_000);
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });
    paymentsApiSuite(
      name,
      () => shop,
      () => shop.sandboxes,
      () => ({ payment: database, orders: database }),
    );
  });
}
