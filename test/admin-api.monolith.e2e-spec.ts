import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startMall, type InProcessShop } from './support/mall.js';
import { adminApiSuite } from './admin-api.suite.js';

// The back office in the monolith, on SQLite (the embedded default) and on MariaDB (skipped with
// a message where none runs; a failure in CI).
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_admin_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`admin API (${name}): no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(name, () => {
    let shop: InProcessShop;
    beforeAll(async () => {
      shop = await startMall(database.url);
    });
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });
    adminApiSuite(
      name,
      () => shop,
      () => shop.grpcUrl,
    );
  });
}
