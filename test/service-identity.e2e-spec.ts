import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { USER_PROTO, type ProtoContract } from '@nestmall/contracts';
import { INVENTORY_PROTO } from '@nestmall/inventory';
import { ORDER_PROTO } from '@nestmall/orders';
import { createDevCa, issueAppCertificate, type ServiceApp } from '@nestmall/platform';
import { sqliteDatabase, type TestDatabase } from './support/databases.js';
import { healthStatus, serviceClient, unary } from './support/grpc.js';
import { captureOutput, startMall } from './support/mall.js';
import type { ShopUnderTest } from './support/shop.js';
import { startSplit, type SplitShop } from './support/split.js';
import { clientCredentials, TEST_TLS_DIR } from './support/tls.js';

/**
 * Service identity by mutual TLS: who may call the service-only RPCs (the inventory's stock
 * moves and ledger: the order-service; the orders' admin RPCs: the gateway), in the split
 * topology and on the monolith's gRPC port alike. Every refusal has its own status: no
 * certificate (or one our CA did not issue) UNAUTHENTICATED, the wrong app PERMISSION_DENIED,
 * plaintext never reaches a handler (UNAVAILABLE).
 */
const INVENTORY = 'nestmall.inventory.v1.InventoryService';
const ORDERS = 'nestmall.order.v1.OrderService';
const USERS = 'nestmall.user.v1.UserService';

/** A certificate for `app` from a CA of its own: right name, wrong issuer. */
const stranger = await (async () => {
  const ca = await createDevCa();
  const pair = await issueAppCertificate(ca, 'order-service');
  return grpc.credentials.createSsl(
    readFileSync(`${TEST_TLS_DIR}/ca.crt`),
    Buffer.from(pair.privateKey),
    Buffer.from(pair.certificate),
  );
})();

/** An app's certificate (its name), or one of the callers without a valid one. */
type Caller = ServiceApp;

function credentialsOf(caller: Caller): grpc.ChannelCredentials {
  if (caller === 'plaintext') return grpc.credentials.createInsecure();
  if (caller === 'foreign CA') return stranger;
  return clientCredentials(caller === 'no certificate' ? null : caller);
}

async function call(
  url: string,
  [contract, service]: [ProtoContract, string],
  method: string,
  request: object,
  caller: Caller,
): Promise<{ code: grpc.status; details?: string; response?: unknown }> {
  const client = serviceClient(url, contract, service, credentialsOf(caller));
  try {
    const { error, response } = await unary(client, method, request);
    return error
      ? { code: error.code, details: error.details }
      : { code: grpc.status.OK, response };
  } finally {
    client.close();
  }
}

const inventory: [ProtoContract, string] = [INVENTORY_PROTO, INVENTORY];
const orders: [ProtoContract, string] = [ORDER_PROTO, ORDERS];
const users: [ProtoContract, string] = [USER_PROTO, USERS];

function identitySuite(
  name: string,
  addresses: () => { inventory: string; orders: string; users: string },
) {
  describe(`service identity: ${name}`, () => {
    it.each<[Caller, keyof typeof grpc.status]>([
      ['no certificate', 'UNAUTHENTICATED'],
      ['foreign CA', 'UNAUTHENTICATED'],
      ['gateway', 'PERMISSION_DENIED'],
      ['user-service', 'PERMISSION_DENIED'],
      ['plaintext', 'UNAVAILABLE'],
    ])('refuses InventoryService.Freeze from %s: %s', async (caller, code) => {
      const gid = `identity-${Date.now()}-${Math.random()}`;
      const items = [{ sku_id: 'T00101', quantity: 1 }];
      const answer = await call(addresses().inventory, inventory, 'Freeze', { gid, items }, caller);
      expect(grpc.status[answer.code]).toBe(code);
      if (code === 'PERMISSION_DENIED')
        expect(answer.details).toBe(
          `/${INVENTORY}/Freeze may be called by order-service only, not by ${caller}`,
        );
      if (caller === 'no certificate')
        expect(answer.details).toMatch(/needs a client certificate issued by the nestmall CA/);
    });

    it.each(['Deduct', 'Unfreeze', 'ReturnStock', 'Ledger'])(
      'refuses InventoryService.%s to the gateway and answers the order-service',
      async (method) => {
        const request = method === 'Ledger' ? {} : { gid: `identity-${method}-${Date.now()}` };
        const url = addresses().inventory;
        expect((await call(url, inventory, method, request, 'gateway')).code).toBe(
          grpc.status.PERMISSION_DENIED,
        );
        // An unknown gid: Deduct has no Try to confirm (NOT_FOUND or FAILED_PRECONDITION at
        // most), Unfreeze and ReturnStock record a null compensation; none is refused.
        const answer = await call(url, inventory, method, request, 'order-service');
        expect([grpc.status.PERMISSION_DENIED, grpc.status.UNAUTHENTICATED]).not.toContain(
          answer.code,
        );
        if (method === 'Ledger')
          expect((answer.response as { stock: unknown[] }).stock.length).toBeGreaterThan(0);
      },
    );

    it('lets the order-service freeze and unfreeze stock', async () => {
      const gid = `identity-tcc-${Date.now()}`;
      const url = addresses().inventory;
      const items = [{ sku_id: 'T00109', quantity: 1 }];
      expect((await call(url, inventory, 'Freeze', { gid, items }, 'order-service')).code).toBe(
        grpc.status.OK,
      );
      const frozen = await call(url, inventory, 'GetStock', { sku_id: 'T00109' }, 'gateway');
      expect(frozen.response).toMatchObject({ frozen: 1 });
      expect((await call(url, inventory, 'Unfreeze', { gid }, 'order-service')).code).toBe(
        grpc.status.OK,
      );
      const after = await call(url, inventory, 'GetStock', { sku_id: 'T00109' }, 'order-service');
      expect(after.response).toMatchObject({ frozen: 0 });
    });

    it.each(['CheckInvariants', 'ListTransactions'])(
      'answers OrderService.%s to the gateway only',
      async (method) => {
        const url = addresses().orders;
        expect((await call(url, orders, method, {}, 'gateway')).code).toBe(grpc.status.OK);
        expect((await call(url, orders, method, {}, 'inventory-service')).code).toBe(
          grpc.status.PERMISSION_DENIED,
        );
        expect((await call(url, orders, method, {}, 'order-service')).code).toBe(
          grpc.status.PERMISSION_DENIED,
        );
        expect((await call(url, orders, method, {}, 'no certificate')).code).toBe(
          grpc.status.UNAUTHENTICATED,
        );
      },
    );

    it('refuses OrderService.RetryTransaction to anyone but the gateway', async () => {
      const url = addresses().orders;
      const answer = await call(url, orders, 'RetryTransaction', { gid: 'x' }, 'order-service');
      expect(answer.code).toBe(grpc.status.PERMISSION_DENIED);
      const gateway = await call(url, orders, 'RetryTransaction', { gid: 'x' }, 'gateway');
      expect(gateway.code).toBe(grpc.status.NOT_FOUND);
    });

    it("refuses a user's certificate-less channel, access token or not", async () => {
      const url = addresses().users;
      const login = await call(
        url,
        users,
        'LogIn',
        { user_name: 'test1', password: '123456' },
        'gateway',
      );
      const token = (login.response as { access_token: string }).access_token;
      const withToken = grpc.credentials.combineChannelCredentials(
        clientCredentials(null),
        grpc.credentials.createFromMetadataGenerator((_params, callback) => {
          const metadata = new grpc.Metadata();
          metadata.set('authorization', `Bearer ${token}`);
          callback(null, metadata);
        }),
      );
      for (const credentials of [clientCredentials(null), withToken]) {
        const client = serviceClient(url, USER_PROTO, USERS, credentials);
        const { error } = await unary(client, 'GetUser', { user_id: 1 });
        client.close();
        expect(error?.code).toBe(grpc.status.UNAUTHENTICATED);
      }
      const orderClient = serviceClient(addresses().orders, ORDER_PROTO, ORDERS, withToken);
      const { error } = await unary(orderClient, 'ListOrders', { user_id: 1 });
      orderClient.close();
      expect(error?.code).toBe(grpc.status.UNAUTHENTICATED);
    });

    it('answers the health service without a client certificate', async () => {
      expect(await healthStatus(addresses().inventory)).toBe('SERVING');
      expect(await healthStatus(addresses().orders)).toBe('SERVING');
    });
  });
}

describe('split topology', () => {
  const databases = [sqliteDatabase(), sqliteDatabase(), sqliteDatabase()];
  let shop: SplitShop;
  beforeAll(async () => {
    const [u, i, o] = databases;
    shop = await startSplit({ databases: { users: u.url, inventory: i.url, orders: o.url } });
  }, 90_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all(databases.map((d) => d.drop()));
  });

  identitySuite('split', () => ({
    inventory: shop.inventory!.env.GRPC_URL,
    orders: shop.orders!.env.GRPC_URL,
    users: shop.grpcUrl,
  }));

  it('places an order through the gateway (the order-service calls the inventory as itself)', async () => {
    const login = await fetch(`${shop.http}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_name: 'test2', password: '123456' }),
    });
    const { access_token } = (await login.json()) as { access_token: string };
    const placed = await fetch(`${shop.http}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access_token}` },
      body: JSON.stringify({ items: [{ sku_id: 'T00107', quantity: 1 }] }),
    });
    expect(placed.status).toBe(201);
    expect(await placed.json()).toMatchObject({ status: 'CREATED' });
    const invariants = await fetch(`${shop.http}/admin/invariants`, {
      headers: { 'x-admin-token': shop.adminToken },
    });
    expect(invariants.status).toBe(200);
  });
});

describe('monolith', () => {
  let database: TestDatabase;
  let mall: ShopUnderTest;
  beforeAll(async () => {
    database = sqliteDatabase();
    mall = await startMall(database.url);
  });
  afterAll(async () => {
    await mall?.close();
    await database?.drop();
  });

  identitySuite("the monolith's gRPC port", () => ({
    inventory: mall.grpcUrl,
    orders: mall.grpcUrl,
    users: mall.grpcUrl,
  }));
});

describe('GRPC_TLS=off', () => {
  it('warns at start, and then the port is plaintext and answers anyone, as it warned', async () => {
    const database = sqliteDatabase();
    const logs = captureOutput();
    let mall: ShopUnderTest | undefined;
    try {
      mall = await startMall(database.url, { GRPC_TLS: 'off', LOG_LEVEL: 'warn' });
      expect(logs.text()).toMatch(
        /GRPC_TLS=off: gRPC is plaintext and no caller is authenticated, so every RPC, service-only ones included, answers anyone/,
      );
      const ledger = await call(mall.grpcUrl, inventory, 'Ledger', {}, 'plaintext');
      expect(grpc.status[ledger.code]).toBe('OK');
      const tls = await call(mall.grpcUrl, inventory, 'Ledger', {}, 'order-service');
      expect(grpc.status[tls.code]).toBe('UNAVAILABLE');
    } finally {
      logs.restore();
      await mall?.close();
      await database.drop();
    }
  });
});
