// Shipping and the third-party providers in the monolith (SQLite, in-process events), against the
// real sandbox carrier, identity, moderation and payment providers (HTTP processes).
import request from 'supertest';
import { freePort, type InProcessShop } from './support/mall.js';
import { startPayingMall } from './support/payment-sandbox.js';
import { sqliteDatabase } from './support/databases.js';
import { startThirdpartySandboxes, type ThirdpartySandboxes } from './support/sandboxes.js';
import { shippingApiSuite } from './shipping-api.suite.js';

const database = sqliteDatabase();
let shop: InProcessShop;
let sandboxes: ThirdpartySandboxes;

beforeAll(async () => {
  sandboxes = await startThirdpartySandboxes();
  const port = await freePort();
  shop = await startPayingMall(database.url, {
    ...sandboxes.env,
    PORT: String(port),
    PAYMENT_NOTIFY_BASE_URL: `http://127.0.0.1:${port}`,
    CARRIER_NOTIFY_BASE_URL: `http://127.0.0.1:${port}`,
    THIRDPARTY_TIMEOUT_MS: '300',
    THIRDPARTY_ATTEMPTS: '2',
    THIRDPARTY_BREAK_AFTER: '4',
    THIRDPARTY_HALF_OPEN_AFTER_MS: '1500',
    ORDER_AUTO_RECEIVE_AFTER_MS: '2000',
    ORDER_AUTO_RECEIVE_INTERVAL_MS: '200',
  });
});

afterAll(async () => {
  await shop?.close();
  await sandboxes?.stop();
  await database.drop();
});

shippingApiSuite(
  'monolith on SQLite',
  () => shop,
  () => sandboxes,
);

it("exposes each provider's circuit as a gauge on /metrics", async () => {
  const metrics = await request(shop.http as Parameters<typeof request>[0])
    .get('/metrics')
    .expect(200);
  for (const provider of ['carrier sandbox-express', 'identity sandbox-identity'])
    expect(metrics.text).toMatch(
      new RegExp(`nestmall_thirdparty_circuit_open\\{[^}]*provider="${provider}"[^}]*\\} 0`),
    );
});
