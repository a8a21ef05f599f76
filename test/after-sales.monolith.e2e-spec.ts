import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import type { InProcessShop } from './support/mall.js';
import { startPayingMall, type PaymentSandboxes } from './support/payment-sandbox.js';
import { afterSalesSuite } from './after-sales.suite.js';

// The monolith with both sandbox providers, on SQLite and on MariaDB (skipped with a message
// where none runs; a failure in CI).
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_aftersales_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`after-sales (${name}): no MariaDB, see the warning above`, () => undefined);
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
    afterSalesSuite(
      name,
      () => shop,
      () => shop.sandboxes,
      () => ({ payment: database, orders: database }),
    );
  });
}
