import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startMall } from './support/mall.js';
import type { ShopUnderTest } from './support/shop.js';
import { marketingApiSuite } from './marketing-api.suite.js';

// The monolith, on SQLite (the embedded default) and on MariaDB (skipped with a message where
// none runs; a failure in CI).
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_marketing_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`marketing API (${name}): no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(name, () => {
    let shop: ShopUnderTest;
    beforeAll(async () => {
      shop = await startMall(database.url);
    });
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });
    marketingApiSuite(
      name,
      () => shop,
      () => database,
      () => shop.grpcUrl,
    );
  });
}
