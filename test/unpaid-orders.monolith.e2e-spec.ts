import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import type { InProcessShop } from './support/mall.js';
import { startPayingMall, type PaymentSandboxes } from './support/payment-sandbox.js';
import { unpaidOrdersSuite } from './unpaid-orders.suite.js';

// The monolith with a payment timeout of 2 s, on SQLite and on MariaDB.
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_unpaid_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`unpaid orders close (${name}): no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(name, () => {
    let shop: InProcessShop & { sandboxes: PaymentSandboxes };
    beforeAll(async () => {
      shop = await startPayingMall(database.url, {
        ORDER_PAYMENT_TIMEOUT_MS: '2000',
        ORDER_CLOSE_INTERVAL_MS: '200',
      });
    }, 60_000);
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });
    unpaidOrdersSuite(
      name,
      () => shop,
      () => shop.sandboxes,
    );
  });
}
