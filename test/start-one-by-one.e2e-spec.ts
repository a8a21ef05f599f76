import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSigningKeys } from '@nestmall/platform';
import { freePort } from './support/mall.js';
import { Cluster, grpcServing, httpOk, type ServiceProcess } from './support/processes.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { deleteRabbitObjects } from './support/split.js';

/**
 * README's promise: the four apps started one by one (`npx nest start user-service`, then
 * inventory-service, order-service, gateway) give a gateway that accepts the user-service's
 * tokens, with no shared secret. Each app runs from dist/ in a working directory of its own
 * (its own ./data: SQLite files, and the user-service's signing keys) with its own environment:
 * only where to find the others, a free port instead of the defaults (50051.. may be in use on
 * this machine) and a RabbitMQ prefix of this run. ADMIN_TOKEN is set empty: nothing is shared.
 */
const rabbit = await rabbitmqAvailable('the one-by-one start test');
const describeIf = rabbit ? describe : describe.skip;

describeIf('apps started one by one, each with its own settings and ./data', () => {
  const cluster = new Cluster();
  const prefix = `nestmall-e2e-${randomBytes(4).toString('hex')}`;
  const dirs: Record<string, string> = {};
  const cwd = (app: string) => (dirs[app] = mkdtempSync(join(tmpdir(), `nestmall-${app}-`)));
  let users: ServiceProcess;
  let http: string;

  beforeAll(async () => {
    const address = async () => `127.0.0.1:${await freePort()}`;
    const [userAddress, adminAddress, inventoryAddress, marketingAddress, orderAddress] =
      await Promise.all([address(), address(), address(), address(), address()]);
    const port = await freePort();
    // Each service's health and metrics on a free port (PORT), not the development default.
    const own = async () => ({ ADMIN_TOKEN: '', PORT: String(await freePort()) });
    users = await cluster.start(
      'user-service',
      'user-service',
      { ...(await own()), GRPC_URL: userAddress },
      grpcServing(userAddress),
      cwd('user-service'),
    );
    // The inventory-service asks the admin-service who a staff token is.
    await cluster.start(
      'admin-service',
      'admin-service',
      { ...(await own()), GRPC_URL: adminAddress, RABBITMQ_PREFIX: prefix },
      grpcServing(adminAddress),
      cwd('admin-service'),
    );
    await cluster.start(
      'inventory-service',
      'inventory-service',
      {
        ...(await own()),
        GRPC_URL: inventoryAddress,
        RABBITMQ_PREFIX: prefix,
        ADMIN_SERVICE_URL: adminAddress,
      },
      grpcServing(inventoryAddress),
      cwd('inventory-service'),
    );
    // The order-service prices every order with the marketing-service's promotions.
    await cluster.start(
      'marketing-service',
      'marketing-service',
      {
        ...(await own()),
        GRPC_URL: marketingAddress,
        USER_SERVICE_URL: userAddress,
        ADMIN_SERVICE_URL: adminAddress,
      },
      grpcServing(marketingAddress),
      cwd('marketing-service'),
    );
    await cluster.start(
      'order-service',
      'order-service',
      {
        ...(await own()),
        GRPC_URL: orderAddress,
        RABBITMQ_PREFIX: prefix,
        USER_SERVICE_URL: userAddress,
        INVENTORY_SERVICE_URL: inventoryAddress,
        CATALOG_SERVICE_URL: inventoryAddress,
        MARKETING_SERVICE_URL: marketingAddress,
      },
      grpcServing(orderAddress),
      cwd('order-service'),
    );
    http = `http://127.0.0.1:${port}`;
    await cluster.start(
      'gateway',
      'gateway',
      {
        ADMIN_TOKEN: '',
        HOST: '127.0.0.1',
        PORT: String(port),
        USER_SERVICE_URL: userAddress,
        ADMIN_SERVICE_URL: adminAddress,
        CATALOG_SERVICE_URL: inventoryAddress,
        INVENTORY_SERVICE_URL: inventoryAddress,
        MARKETING_SERVICE_URL: marketingAddress,
        ORDER_SERVICE_URL: orderAddress,
      },
      httpOk(`${http}/docs-json`),
      cwd('gateway'),
    );
  }, 150_000);

  afterAll(async () => {
    await cluster.stopAll();
    await deleteRabbitObjects(prefix);
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  });

  const logIn = async (): Promise<string> => {
    const res = await fetch(`${http}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_name: 'test1', password: '123456' }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { access_token: string }).access_token;
  };

  it('made the signing key in the user-service ./data only, mode 0600', async () => {
    const keysDir = join(dirs['user-service'], 'data/jwt-keys');
    const keys = await readSigningKeys(keysDir);
    expect(keys).toHaveLength(1);
    const file = join(keysDir, 'signing-key-000001.jwk.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const app of [
      'admin-service',
      'inventory-service',
      'marketing-service',
      'order-service',
      'gateway',
    ])
      expect(existsSync(join(dirs[app], 'data/jwt-keys'))).toBe(false);
    const jwks = (await (await fetch(`${http}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(jwks.keys.map((k) => k.kid)).toEqual([keys[0].privateJwk.kid]);
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('accepts the user-service token at the gateway and at the order-service', async () => {
    const token = await logIn();
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const placed = await fetch(`${http}/orders`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ items: [{ sku_id: 'T00100', quantity: 1 }] }),
    });
    const order = (await placed.json()) as { order_id: number; status: string };
    expect({ status: placed.status, order: order.status }).toEqual({
      status: 201,
      order: 'CREATED',
    });
    const read = await fetch(`${http}/orders/${order.order_id}`, { headers });
    expect(read.status).toBe(200);
  });

  it('keeps verifying tokens on the keys it holds while the user-service is down', async () => {
    const token = await logIn();
    const headers = { authorization: `Bearer ${token}` };
    expect((await fetch(`${http}/orders`, { headers })).status).toBe(200);
    await users.kill();
    try {
      await new Promise((r) => setTimeout(r, 1200)); // past AUTH_USER_CACHE_MS
      expect((await fetch(`${http}/orders`, { headers })).status).toBe(200);
      const login = await fetch(`${http}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user_name: 'test1', password: '123456' }),
      });
      expect(login.status).toBe(503);
    } finally {
      await users.start();
    }
    // Restarted on the same ./data: the same key, so the token still works.
    expect((await fetch(`${http}/orders`, { headers })).status).toBe(200);
  });
});
