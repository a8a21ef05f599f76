import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium, type Browser } from './support/chromium.js';
import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startMall } from './support/mall.js';
import { startSplit } from './support/split.js';
import { SwaggerUi } from './support/swagger-ui.js';

/**
 * Swagger UI in a real browser (headless Chromium), on the monolith and on the gateway of the
 * split topology: a user reads a user, logs in, authorizes with the token the page shows, places
 * an order without inventing an Idempotency-Key, and reads it back. Screenshots of each step in
 * test/artifacts/<topology>/.
 */
const ARTIFACTS = join(import.meta.dirname, 'artifacts');

interface Topology {
  name: 'monolith' | 'split';
  /** Starts the shop; the base URL of its REST edge and how to stop it. */
  start(): Promise<{ base: string; close(): Promise<void> }>;
}

const monolith: Topology = {
  name: 'monolith',
  async start() {
    const database = sqliteDatabase();
    const shop = await startMall(database.url);
    // startMall does not listen (supertest needs no port); a browser does.
    await shop.app.listen(0, '127.0.0.1');
    const { port } = shop.app.getHttpServer().address() as AddressInfo;
    return {
      base: `http://127.0.0.1:${port}`,
      close: async () => {
        await shop.close();
        await database.drop();
      },
    };
  },
};

function split(databases: TestDatabase[]): Topology {
  const [users, inventory, orders] = databases;
  return {
    name: 'split',
    async start() {
      const shop = await startSplit({
        databases: { users: users.url, inventory: inventory.url, orders: orders.url },
      });
      return {
        base: shop.http,
        close: async () => {
          await shop.close();
          await Promise.all(databases.map((d) => d.drop()));
        },
      };
    },
  };
}

const chromium = chromiumPath('the Swagger UI browser test');
const splitDatabases = chromium
  ? await Promise.all(
      ['mall_user_ui', 'mall_inventory_ui', 'mall_order_ui'].map((p) => mariadbDatabase(p)),
    )
  : [];
const topologies: (Topology | string)[] = [
  monolith,
  splitDatabases.every((d) => d !== null)
    ? split(splitDatabases)
    : 'split: no MariaDB, see the warning above',
];

if (!chromium) {
  it.skip('Swagger UI in a browser: no Chromium, see the warning above', () => undefined);
} else {
  for (const topology of topologies) {
    if (typeof topology === 'string') {
      it.skip(`Swagger UI in a browser (${topology})`, () => undefined);
      continue;
    }
    describe(`Swagger UI in a browser (${topology.name})`, () => {
      let shop: { base: string; close(): Promise<void> };
      let browser: Browser;
      let page: Page;
      let ui: SwaggerUi;
      const pageErrors: string[] = [];
      let token = '';
      let orderId = 0;

      beforeAll(async () => {
        shop = await topology.start();
        browser = await launchChromium(chromium);
        page = await browser.context.newPage();
        page.on('pageerror', (error) => pageErrors.push(error.message));
        page.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
        ui = new SwaggerUi(page, shop.base, join(ARTIFACTS, topology.name));
      }, 90_000);

      afterAll(async () => {
        await browser?.close();
        await shop?.close();
      });

      it('opens /docs: every operation listed, no script or content-security error', async () => {
        await ui.open();
        await ui.screenshot('docs');
        await expect(page.locator('.info .title').innerText()).resolves.toMatch(/nestmall/);
        const paths = await page
          .locator('.opblock-summary-path')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-path')));
        expect(paths).toEqual(
          expect.arrayContaining([
            '/user/info/{user_id}',
            '/auth/login',
            '/orders',
            '/orders/{id}',
          ]),
        );
        expect(pageErrors).toEqual([]);
      });

      it('GET /user/info/{user_id}: Try it out with user 7 shows 200 and test7', async () => {
        const op = await ui.tryItOut('GET', '/user/info/{user_id}');
        await ui.parameter(op, 'user_id').fill('7');
        const shown = await ui.execute(op);
        await ui.screenshot('user-info', op);
        expect(shown.status).toBe(200);
        expect(shown.body).toMatchObject({ user: { user_id: 7, user_name: 'test7' } });
      });

      it('POST /auth/login: the body typed in the page gets an access token', async () => {
        const op = await ui.tryItOut('POST', '/auth/login');
        await ui.body(op).fill(JSON.stringify({ user_name: 'test3', password: '123456' }));
        const shown = await ui.execute(op);
        await ui.screenshot('login', op);
        expect(shown.status).toBe(200);
        expect(shown.body).toMatchObject({
          token_type: 'Bearer',
          access_token: expect.any(String),
        });
        token = (shown.body as { access_token: string }).access_token;
      });

      it('Authorize: the token pasted into the bearer dialog', async () => {
        expect(token).not.toBe('');
        await ui.authorizeBearer(token);
        await expect(page.locator('.auth-wrapper button.authorize.locked').count()).resolves.toBe(
          1,
        );
      });

      it('POST /orders: placed with no Idempotency-Key typed (201 CREATED)', async () => {
        const op = await ui.tryItOut('POST', '/orders');
        await expect(ui.parameter(op, 'Idempotency-Key').inputValue()).resolves.toBe('');
        await ui
          .body(op)
          .fill(JSON.stringify({ items: [{ sku_id: 'T00104', quantity: 2 }] }, null, 2));
        const shown = await ui.execute(op);
        await ui.screenshot('place-order', op);
        expect(shown.curl).toContain(`Authorization: Bearer ${token}`);
        expect(shown.curl.toLowerCase()).not.toContain('idempotency-key');
        expect(shown.status).toBe(201);
        expect(shown.body).toMatchObject({
          status: 'CREATED',
          items: [{ sku_id: 'T00104', quantity: 2 }],
          order_id: expect.any(Number),
        });
        orderId = (shown.body as { order_id: number }).order_id;
      });

      it('GET /orders/{id}: the order just placed', async () => {
        expect(orderId).toBeGreaterThan(0);
        const op = await ui.tryItOut('GET', '/orders/{id}');
        await ui.parameter(op, 'id').fill(String(orderId));
        const shown = await ui.execute(op);
        await ui.screenshot('get-order', op);
        expect(shown.status).toBe(200);
        expect(shown.body).toMatchObject({
          order_id: orderId,
          status: 'CREATED',
          items: [{ sku_id: 'T00104', quantity: 2 }],
        });
        expect(pageErrors).toEqual([]);
      });
    });
  }
}
