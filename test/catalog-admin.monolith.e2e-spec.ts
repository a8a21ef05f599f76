import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startMall, type InProcessShop } from './support/mall.js';
import { startModerationSandbox, type Sandbox } from './support/sandboxes.js';
import { catalogAdminSuite } from './catalog-admin.suite.js';

// The catalog's back office in the monolith, on SQLite (the embedded default) and on MariaDB
// (skipped with a message where none runs; a failure in CI), with the sandbox moderation provider
// (its own process) for the images of the products being approved.
const targets: [string, TestDatabase | null][] = [
  ['monolith on SQLite', sqliteDatabase()],
  ['monolith on MariaDB', await mariadbDatabase('nestmall_catalog_admin_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`catalog back office (${name}): no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(name, () => {
    let shop: InProcessShop;
    let moderation: Sandbox;
    beforeAll(async () => {
      const sandbox = await startModerationSandbox();
      moderation = sandbox.sandbox;
      shop = await startMall(database.url, { OUTBOX_RELAY_INTERVAL_MS: '100', ...sandbox.env });
    });
    afterAll(async () => {
      await shop?.close();
      await moderation?.stop();
      await database.drop();
    });
    catalogAdminSuite(
      name,
      () => shop,
      () => moderation,
    );
  });
}
