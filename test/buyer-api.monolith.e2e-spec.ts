import { sqliteDatabase } from './support/databases.js';
import { startMall } from './support/mall.js';
import type { ShopUnderTest } from './support/shop.js';
import { buyerApiSuite } from './buyer-api.suite.js';

// The monolith on the embedded default (SQLite): one gRPC server hosts UserService and OrderService.
const database = sqliteDatabase();
let shop: ShopUnderTest;

beforeAll(async () => {
  shop = await startMall(database.url);
});

afterAll(async () => {
  await shop?.close();
  await database.drop();
});

buyerApiSuite(
  'monolith on SQLite',
  () => shop,
  () => shop.grpcUrl,
  () => shop.grpcUrl,
);
