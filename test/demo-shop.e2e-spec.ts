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
import { everyAppOnSqlite, type SplitShop } from './support/split.js';

/**
 * `npm run demo:shop` walks one whole purchase through a running shop (staff create, approve and
 * stock a product and a coupon; a buyer claims it, fills a cart, checks out with an address and
 * the coupon, pays through the sandbox card provider): here against the monolith and the split
 * topology, each with its own sandbox providers.
 */
const script = join(import.meta.dirname, '../scripts/demo-shop.mjs');

async function runDemo(shopUrl: string, sandboxes: PaymentSandboxes): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [script], {
    env: {
      PATH: process.env.PATH ?? '',
      SHOP_URL: shopUrl,
      PAYMENT_CARD_URL: sandboxes.env.PAYMENT_CARD_URL,
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
  expect(stdout).toMatch(/Done: order \d+ PAID at \d+\.\d\d with the coupon's 10\.00 off\./);
}

describe('demo:shop against the monolith', () => {
  const database = sqliteDatabase();
  let shop: InProcessShop & { sandboxes: PaymentSandboxes };
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    shop = await startPayingMall(database.url, {
      PORT: String(port),
      PAYMENT_NOTIFY_BASE_URL: url,
    });
  });
  afterAll(async () => {
    await shop?.close();
    await database.drop();
  });

  it('walks a whole purchase: staff, coupon, cart, address, checkout, payment', async () => {
    expectWholePurchase(await runDemo(url, shop.sandboxes));
  }, 150_000);
});

const rabbit = await rabbitmqAvailable('demo:shop against the split topology');
(rabbit ? describe : describe.skip)('demo:shop against the split topology', () => {
  const every = everyAppOnSqlite();
  let shop: SplitShop & { sandboxes: PaymentSandboxes };

  beforeAll(async () => {
    shop = await startPayingSplit({ databases: every.databases });
  }, 150_000);
  afterAll(async () => {
    await shop?.close();
    await every.drop();
  });

  it('walks the same purchase through the gateway and the services', async () => {
    expectWholePurchase(await runDemo(shop.http, shop.sandboxes));
  }, 150_000);
});
