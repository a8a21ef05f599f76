import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sqliteDatabase } from './support/databases.js';
import { freePort, type InProcessShop } from './support/mall.js';
import {
  startPayingMall,
  startPayingSplit,
  type PaymentSandboxes,
} from './support/payment-sandbox.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { startThirdpartySandboxes, type ThirdpartySandboxes } from './support/sandboxes.js';
import { everyAppOnSqlite, type SplitShop } from './support/split.js';

/**
 * `npm run demo:shop` walks one whole purchase through a running shop (staff create, approve and
 * stock a product and a coupon; a buyer claims it, fills a cart, checks out with an address and
 * the coupon, pays through the sandbox card provider), then the order's life (a chat with the
 * customer service, shipped with the sandbox carrier, received, refunded), its status pushed over
 * the IM's WebSocket: here against the monolith and the split topology, each with its own sandbox
 * providers.
 */
const script = join(import.meta.dirname, '../scripts/demo-shop.mjs');

async function runDemo(
  shopUrl: string,
  sandboxes: PaymentSandboxes,
  thirdparty: ThirdpartySandboxes,
  imUrl = shopUrl,
): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [script], {
    env: {
      PATH: process.env.PATH ?? '',
      SHOP_URL: shopUrl,
      PAYMENT_CARD_URL: sandboxes.env.PAYMENT_CARD_URL,
      CARRIER_URL: thirdparty.env.CARRIER_URL,
      IM_URL: imUrl,
    },
    timeout: 120_000,
  });
  return stdout;
}

function expectWholePurchase(stdout: string): void {
  expect(stdout).not.toContain('✗');
  expect(stdout).toMatch(/order \d+ is PAID/);
  expect(stdout).toMatch(/Demo 10 off 50 .*: -10\.00/);
  expect(stdout).toMatch(/subtotal 68\.00/);
  expect(stdout).toMatch(/ships to 张三, 深圳市/);
  expect(stdout).toMatch(/PENDING +\(OrderRequested\)[\s\S]*CREATED[\s\S]*PAID +\(OrderPaid\)/);
  expect(stdout).toMatch(/the auditor reads the audit log of product \d+/);
  // The order's life, and the buyer's WebSocket saw it.
  expect(stdout).toMatch(/the buyer's WebSocket got it: "It leaves this afternoon\."/);
  expect(stdout).toMatch(/sandbox-express SX[A-Z0-9]+/);
  expect(stdout).toMatch(/REFUNDED/);
  expect(stdout).toMatch(
    /status pushes the buyer's WebSocket got: PENDING -> CREATED -> PAID -> SHIPPED -> RECEIVED -> REFUNDED/,
  );
  expect(stdout).toMatch(
    /Done: order \d+ paid at \d+\.\d\d with the coupon's 10\.00 off, shipped, received and refunded\./,
  );
}

describe('demo:shop against the monolith', () => {
  const database = sqliteDatabase();
  let shop: InProcessShop & { sandboxes: PaymentSandboxes };
  let thirdparty: ThirdpartySandboxes;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    thirdparty = await startThirdpartySandboxes();
    shop = await startPayingMall(database.url, {
      ...thirdparty.env,
      PORT: String(port),
      PAYMENT_NOTIFY_BASE_URL: url,
      CARRIER_NOTIFY_BASE_URL: url,
    });
  });
  afterAll(async () => {
    await shop?.close();
    await thirdparty?.stop();
    await database.drop();
  });

  it("walks a whole purchase and the order's life: payment, chat, shipping, receipt, refund", async () => {
    expectWholePurchase(await runDemo(url, shop.sandboxes, thirdparty));
  }, 150_000);
});

const rabbit = await rabbitmqAvailable('demo:shop against the split topology');
(rabbit ? describe : describe.skip)('demo:shop against the split topology', () => {
  const every = everyAppOnSqlite();
  let shop: SplitShop & { sandboxes: PaymentSandboxes };
  let thirdparty: ThirdpartySandboxes;

  beforeAll(async () => {
    thirdparty = await startThirdpartySandboxes();
    shop = await startPayingSplit({ databases: every.databases, env: thirdparty.env });
  }, 240_000);
  afterAll(async () => {
    await shop?.close();
    await thirdparty?.stop();
    await every.drop();
  });

  it('walks the same purchase through the gateway and the services', async () => {
    expectWholePurchase(await runDemo(shop.http, shop.sandboxes, thirdparty, shop.ims[0].http));
  }, 150_000);
});
