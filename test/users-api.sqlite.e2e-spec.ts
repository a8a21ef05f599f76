import { sqliteDatabase } from './support/databases.js';
import { startMall } from './support/mall.js';
import type { ShopUnderTest } from './support/shop.js';
import { usersApiSuite } from './users-api.suite.js';

// The monolith on the embedded default: an SQLite file.
const database = sqliteDatabase();
let shop: ShopUnderTest;

beforeAll(async () => {
  shop = await startMall(database.url);
});

afterAll(async () => {
  await shop?.close();
  await database.drop();
});

usersApiSuite('monolith on SQLite', () => shop);
