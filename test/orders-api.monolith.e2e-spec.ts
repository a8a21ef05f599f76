import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startPayingMall } from './support/payment-sandbox.js';
import type { ShopUnderTest } from './support/shop.js';
import { accessTokensSuite } from './access-tokens.suite.js';
import { ordersApiSuite } from './orders-api.suite.js';

// The monolith, on SQLite (the embedded default) and on MariaDB (skipped with a message where
// none runs; a failure in CI).
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_orders_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`orders API (${name}): no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(name, () => {
    let shop: ShopUnderTest;
    beforeAll(async () => {
      // Orders are paid through the sandbox providers (real HTTP processes).
      shop = await startPayingMall(database.url);
    });
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });
    ordersApiSuite(
      name,
      () => shop,
      () => database,
    );
    accessTokensSuite(
      name,
      () => shop,
      () => shop.grpcUrl,
      () => database,
    );
  });
}
