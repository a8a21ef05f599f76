import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startMall } from './support/mall.js';
import type { ShopUnderTest } from './support/shop.js';
import { cartApiSuite } from './cart-api.suite.js';

// The monolith keeps carts in its database (CART_STORE=database, the default): on SQLite (the
// embedded default) and on MariaDB (skipped with a message where none runs; a failure in CI).
// CACHE=off: a test changes a price in the catalog's table and expects to see it at once.
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_cart_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`cart API (${name}): no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(name, () => {
    let shop: ShopUnderTest;
    const start = async () => {
      shop = await startMall(database.url, { CACHE: 'off' });
    };
    beforeAll(start);
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });
    cartApiSuite(name, {
      shop: () => shop,
      catalogDatabase: () => database,
      cartGrpcUrl: () => shop.grpcUrl,
      restartCartService: async () => {
        await shop.close();
        await start();
      },
    });
  });
}
