import { sqliteDatabase } from './support/databases.js';
import { startPayingMall } from './support/payment-sandbox.js';
import type { ShopUnderTest } from './support/shop.js';
import { buyerApiSuite } from './buyer-api.suite.js';

// The monolith on the embedded default (SQLite): one gRPC server hosts UserService and OrderService.
const database = sqliteDatabase();
let shop: ShopUnderTest;

beforeAll(async () => {
  // Orders are paid through the sandbox providers (real HTTP processes).
  shop = await startPayingMall(database.url);
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
