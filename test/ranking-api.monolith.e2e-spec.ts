import { mariadbDatabase, sqliteDatabase } from './support/databases.js';
import { payingMonolithForSuite } from './support/payment-sandbox.js';
import { rankingApiSuite } from './ranking-api.suite.js';

// The monolith, on SQLite (the embedded default) and on MariaDB (skipped with a message where
// none runs; a failure in CI): the order events reach the rankings through the in-process bus.
describe('monolith on SQLite', () => {
  rankingApiSuite('monolith on SQLite', payingMonolithForSuite(sqliteDatabase()));
});

const mariadb = await mariadbDatabase('nestmall_ranking_e2e');
if (!mariadb)
  it.skip('ranking API (monolith on MariaDB): no MariaDB, see the warning above', () => undefined);
else
  describe('monolith on MariaDB', () => {
    rankingApiSuite('monolith on MariaDB', payingMonolithForSuite(mariadb));
  });
