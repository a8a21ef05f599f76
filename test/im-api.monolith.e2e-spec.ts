import { sqliteDatabase } from './support/databases.js';
import { freePort } from './support/mall.js';
import { startPayingMall } from './support/payment-sandbox.js';
import type { InProcessShop } from './support/mall.js';
import { imApiSuite } from './im-api.suite.js';

// The monolith on SQLite, listening on a port of its own: the WebSocket (/im) is served on it,
// the order events reach the IM through the in-process bus.
const database = sqliteDatabase();
let shop: InProcessShop;
let base: string;
beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  shop = await startPayingMall(database.url, {
    PORT: String(port),
    PAYMENT_NOTIFY_BASE_URL: base,
  });
});
afterAll(async () => {
  await shop?.close();
  await database.drop();
});

imApiSuite('monolith on SQLite', () => ({ shop, im: [base] }));
