import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { ModulesContainer } from '@nestjs/core';
import { startMall, type InProcessShop } from './support/mall.js';
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
    let shop: InProcessShop;
    const start = async () => {
      shop = await startMall(database.url, { CACHE: 'off' });
    };
    beforeAll(start);
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });
    it('hosts one orders module, the one the cart checks out through', () => {
      const modules = [...shop.app.get(ModulesContainer).values()].map((m) => m.metatype?.name);
      expect(modules.filter((m) => m === 'OrdersModule')).toHaveLength(1);
      expect(modules.filter((m) => m === 'CartModule')).toHaveLength(1);
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
