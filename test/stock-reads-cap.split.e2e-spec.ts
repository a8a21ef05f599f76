import request from 'supertest';
import { mariadbDatabase } from './support/databases.js';
import { expectErrorBody } from './support/error-format.js';
import { freePort } from './support/mall.js';
import { httpOk, type ServiceProcess } from './support/processes.js';
import { startSplit, type SplitShop } from './support/split.js';
import { TcpProxy } from './support/tcp-proxy.js';

/**
 * The CAP choice for stock and product reads (STOCK_READS), in the split topology with real
 * processes: the split's own gateway reads with cp (the default); a second gateway with ap. Each
 * pair of gateways meets the inventory unreachable twice: the inventory-service killed (kill -9),
 * and the link to it cut (a TCP proxy that stops forwarding: a partition, answered by the gRPC
 * deadline). Orders are never placed on stale stock: POST /orders fails 503 in both modes, and
 * once the inventory is back, the stock is as before and the invariant checker is clean.
 */
const users = await mariadbDatabase('mall_user_cap');
const inventory = await mariadbDatabase('mall_inventory_cap');
const orders = await mariadbDatabase('mall_order_cap');

const SEEN = 'T00107'; // read while the inventory was up
const UNSEEN = 'T00106'; // never read before the inventory became unreachable

if (!users || !inventory || !orders) {
  it.skip('stock reads CAP (split): no MariaDB, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  let proxy: TcpProxy;
  const gateways: Record<string, string> = {};

  /** Another gateway in front of the same services, with `env` on top of the split's own. */
  async function gateway(name: string, env: Record<string, string>): Promise<string> {
    const port = await freePort();
    const http = `http://127.0.0.1:${port}`;
    await shop.cluster.start(
      name,
      'gateway',
      { ...shop.gateway.env, ...env, PORT: String(port) },
      httpOk(`${http}/.well-known/jwks.json`),
    );
    return http;
  }

  beforeAll(async () => {
    // A short deadline, so a partition is answered within seconds (and no retry hides it).
    shop = await startSplit({
      databases: { users: users.url, inventory: inventory.url, orders: orders.url },
      env: { GRPC_DEADLINE_MS: '1500' },
    });
    const inventoryPort = Number(shop.inventory!.env.GRPC_URL.split(':')[1]);
    proxy = await TcpProxy.start(inventoryPort);
    const viaProxy = {
      INVENTORY_SERVICE_URL: `127.0.0.1:${proxy.port}`,
      CATALOG_SERVICE_URL: `127.0.0.1:${proxy.port}`,
    };
    gateways.cp = shop.http;
    gateways.ap = await gateway('gateway-ap', { STOCK_READS: 'ap' });
    gateways['cp-proxied'] = await gateway('gateway-cp-proxied', {
      STOCK_READS: 'cp',
      ...viaProxy,
    });
    gateways['ap-proxied'] = await gateway('gateway-ap-proxied', {
      STOCK_READS: 'ap',
      ...viaProxy,
    });
  }, 180_000);

  afterAll(async () => {
    await proxy?.close();
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop()]);
  });

  const http = (mode: string) => request(gateways[mode]);

  async function token(mode: string): Promise<string> {
    const res = await http(mode)
      .post('/auth/login')
      .send({ user_name: 'test12', password: '123456' })
      .expect(200);
    return res.body.access_token as string;
  }

  /**
   * Both modes read SEEN and the products while the inventory answers: fresh, unmarked. A gateway
   * whose channel saw the inventory-service die in an earlier test may still be in its reconnect
   * back-off: it is waited for (`fresh`), as after a heal.
   */
  async function readWhileUp(modes: string[]) {
    const before: Record<string, unknown> = {};
    for (const mode of modes) {
      const stock = await fresh(mode, `/skus/${SEEN}/stock`);
      expect(stock.body).toEqual({ sku_id: SEEN, available: 100, frozen: 0, sold: 0 });
      expect(stock.headers.age).toBeUndefined();
      expect(stock.headers.warning).toBeUndefined();
      const products = await fresh(mode, '/products');
      expect(products.body).toHaveLength(10);
      expect(products.body[0].stale).toBeUndefined();
      before[mode] = stock.body;
    }
    return before;
  }

  async function expectUnavailableReads(cp: string, ap: string, cause: RegExp) {
    // cp: 503 naming the service, for stock and products alike.
    expectErrorBody(await http(cp).get(`/skus/${SEEN}/stock`), 503, cause);
    expectErrorBody(await http(cp).get('/products'), 503, cause);
    // ap: the last known values, marked stale (field + Age + Warning).
    const stock = await http(ap).get(`/skus/${SEEN}/stock`).expect(200);
    expect(stock.body).toEqual({
      sku_id: SEEN,
      available: 100,
      frozen: 0,
      sold: 0,
      stale: true,
      as_of: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
    expect(Number(stock.headers.age)).toBeGreaterThanOrEqual(0);
    expect(stock.headers.age).toMatch(/^\d+$/);
    expect(stock.headers.warning).toBe('110 - "Response is Stale"');
    const products = await http(ap).get('/products').expect(200);
    expect(products.body).toHaveLength(10);
    for (const product of products.body)
      expect(product).toMatchObject({ stale: true, as_of: expect.stringMatching(/Z$/) });
    expect(products.headers.warning).toBe('110 - "Response is Stale"');
    // ap with nothing known for that SKU: 503, as cp.
    expectErrorBody(await http(ap).get(`/skus/${UNSEEN}/stock`), 503, cause);
  }

  async function expectNoOrder(modes: string[], cause: RegExp) {
    for (const mode of modes) {
      const res = await http(mode)
        .post('/orders')
        .set('authorization', `Bearer ${await token(mode)}`)
        .send({ items: [{ sku_id: SEEN, quantity: 1 }] });
      expectErrorBody(res, 503, cause);
    }
  }

  /**
   * Waits until `mode` answers `path` fresh again (each gRPC channel of the gateway, inventory and
   * catalog, reconnects on its own within a second or so).
   */
  async function fresh(mode: string, path: string) {
    const deadline = Date.now() + 30_000;
    let res = await http(mode).get(path);
    while (res.status !== 200 || res.headers.warning) {
      if (Date.now() > deadline) throw new Error(`${mode} never read ${path} fresh: ${res.text}`);
      await new Promise((r) => setTimeout(r, 250));
      res = await http(mode).get(path);
    }
    return res;
  }

  async function expectBackAndClean(modes: string[]) {
    for (const mode of modes) {
      const stock = await fresh(mode, `/skus/${SEEN}/stock`);
      // Nothing was reserved while it was down: the stock is as before, unmarked.
      expect(stock.body).toEqual({ sku_id: SEEN, available: 100, frozen: 0, sold: 0 });
      expect(stock.headers.age).toBeUndefined();
      expect(stock.headers.warning).toBeUndefined();
      const products = await fresh(mode, '/products');
      expect(products.body[0].stale).toBeUndefined();
      expect(products.headers.age).toBeUndefined();
    }
    const report = await http('cp')
      .get('/admin/invariants')
      .set('x-admin-token', shop.adminToken)
      .expect(200);
    expect(report.body).toMatchObject({ ok: true, problems: [], unfinished_transactions: [] });
  }

  describe('stock reads CAP (split, STOCK_READS=cp|ap)', () => {
    it('documents the stale marks (fields, Age and Warning headers) and the 503 in Swagger', async () => {
      const doc = (await http('ap').get('/docs-json').expect(200)).body;
      for (const path of ['/skus/{sku_id}/stock', '/products']) {
        const responses = doc.paths[path].get.responses;
        expect(Object.keys(responses['200'].headers).sort()).toEqual(['Age', 'Warning']);
        expect(responses['503'].description).toMatch(/unreachable/);
      }
      for (const schema of ['StockResponse', 'ProductResponse']) {
        const { properties, required } = doc.components.schemas[schema];
        expect(properties).toHaveProperty('stale');
        expect(properties).toHaveProperty('as_of');
        expect(required).not.toContain('stale');
      }
    });

    it('inventory-service killed: cp 503, ap stale; no order; fresh and clean once back', async () => {
      await readWhileUp(['cp', 'ap']);
      const service: ServiceProcess = shop.inventory!;
      await service.kill();
      const cause = /nestmall\.(inventory|catalog)\.v1\.(Inventory|Catalog)Service/;
      await expectUnavailableReads('cp', 'ap', cause);
      await expectNoOrder(['cp', 'ap'], cause);
      await service.start();
      await expectBackAndClean(['cp', 'ap']);
    }, 120_000);

    it('link cut (partition): cp 503 at the deadline, ap stale; fresh once healed', async () => {
      await readWhileUp(['cp-proxied', 'ap-proxied']);
      proxy.stall(true);
      try {
        const cause = /(Inventory|Catalog)Service (did not answer in time|is unavailable)/;
        await expectUnavailableReads('cp-proxied', 'ap-proxied', cause);
      } finally {
        proxy.stall(false);
      }
      await expectBackAndClean(['cp-proxied', 'ap-proxied']);
    }, 120_000);
  });
}
