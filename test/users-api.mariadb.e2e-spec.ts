import { mariadbDatabase } from './support/databases.js';
import { startMall } from './support/mall.js';
import type { ShopUnderTest } from './support/shop.js';
import { usersApiSuite } from './users-api.suite.js';

// The monolith on MariaDB (skipped with a message where none runs; a failure in CI).
const database = await mariadbDatabase('nestmall_e2e');
let shop: ShopUnderTest;

if (database) {
  beforeAll(async () => {
    shop = await startMall(database.url);
  });

  afterAll(async () => {
    await shop?.close();
    await database.drop();
  });

  usersApiSuite('monolith on MariaDB', () => shop);
} else {
  it.skip('users API (monolith on MariaDB): no MariaDB, see the warning above', () => undefined);
}
