import { sqliteDatabase } from './support/databases.js';
import { startSplit, type SplitShop } from './support/split.js';
import { httpHardeningSuite } from './http-hardening.suite.js';

// The gateway in front of one user-service (SQLite, so no MariaDB is needed for the edge's rules).
const users = sqliteDatabase();
let shop: SplitShop;

beforeAll(async () => {
  shop = await startSplit({ databases: { users: users.url } });
}, 60_000);

afterAll(async () => {
  await shop?.close();
  await users.drop();
});

httpHardeningSuite('split: gateway + user-service', () => shop);
