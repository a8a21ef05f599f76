import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSUMERS } from '@nestmall/contracts';
import { deleteBrokerObjects } from '@nestmall/messaging';
import { GATEWAY, SERVICE_APPS, hostOf, serviceUrls, type ServiceApp } from '@nestmall/topology';
import { sqliteDatabase } from './databases.js';
import { freePort } from './mall.js';
import { deleteKeysUnder, REDIS_URL, redisClient } from './redis.js';
import { Cluster, grpcServing, httpOk, type ServiceProcess } from './processes.js';
import { E2E_ADMIN_TOKEN, type ShopUnderTest } from './shop.js';

export interface SplitShop extends ShopUnderTest {
  http: string;
  cluster: Cluster;
  users: ServiceProcess[];
  inventory?: ServiceProcess;
  orders?: ServiceProcess;
  admin?: ServiceProcess;
  verification?: ServiceProcess;
  /** The cart-service replicas (none unless databases.cart). */
  carts: ServiceProcess[];
  ranking?: ServiceProcess;
  marketing?: ServiceProcess;
  payment?: ServiceProcess;
  /** The im-service replicas (none unless databases.im): each serves REST and /im on its http. */
  ims: ServiceProcess[];
  thirdparty?: ServiceProcess;
  gateway: ServiceProcess;
  /** The REDIS_KEY_PREFIX every service of this run writes under (deleted by close()). */
  redisKeyPrefix: string;
}

export interface SplitOptions {
  /** Each service's own database (mall_user_..., mall_inventory_..., mall_order_... on MariaDB). */
  databases: {
    users: string;
    inventory?: string;
    orders?: string;
    admin?: string;
    verification?: string;
    cart?: string;
    ranking?: string;
    marketing?: string;
    payment?: string;
    im?: string;
    thirdparty?: string;
  };
  /** user-service replicas (1 by default). */
  replicas?: number;
  /** cart-service replicas (1 by default). */
  cartReplicas?: number;
  /** im-service replicas (1 by default). */
  imReplicas?: number;
  policy?: 'round_robin' | 'weighted_round_robin' | 'least_request';
  /** Extra environment for every service (TCC_TIMEOUT_MS, say). */
  env?: Record<string, string>;
}

/**
 * The split topology of libs/topology as separate processes on loopback, from the built apps
 * (npm run build): each service app that has a database here, in the topology's order (the
 * user-service replicas one after another, so the first runs the migrations), then the gateway in
 * front of them all. Each process gets an explicit environment, nothing inherited but PATH.
 */
export async function startSplit(options: SplitOptions): Promise<SplitShop> {
  const cluster = new Cluster();
  // Its own exchange and queues on the shared RabbitMQ, removed by close().
  const rabbitPrefix = `nestmall-e2e-${randomBytes(4).toString('hex')}`;
  // Its own Redis keys too (the cart-service keeps its carts there), removed by close().
  const redisKeyPrefix = `nestmall-e2e-${randomBytes(4).toString('hex')}`;
  // The gateway's port is chosen first: the payment providers post their webhooks to it.
  const port = await freePort();
  const http = `http://127.0.0.1:${port}`;
  const extra = {
    RABBITMQ_PREFIX: rabbitPrefix,
    OUTBOX_RELAY_INTERVAL_MS: '100',
    REDIS_URL: REDIS_URL,
    REDIS_KEY_PREFIX: redisKeyPrefix,
    PAYMENT_NOTIFY_BASE_URL: http,
    // The carrier's tracking webhooks reach the gateway too.
    CARRIER_NOTIFY_BASE_URL: http,
    ...options.env,
  };
  // The replicas of the issuer share one key directory; no other service sees it.
  const signingKeysDir = mkdtempSync(join(tmpdir(), 'nestmall-keys-'));
  const ownDir = mkdtempSync(join(tmpdir(), 'nestmall-own-'));
  const own = (app: string) => `sqlite:${join(ownDir, `${app}.sqlite`)}`;
  const cleanUp = () => {
    rmSync(signingKeysDir, { recursive: true, force: true });
    rmSync(ownDir, { recursive: true, force: true });
  };
  try {
    // The apps of the topology that have a database here, in start order (callees first).
    const databaseOf: Record<string, string | undefined> = {
      'user-service': options.databases.users,
      'inventory-service': options.databases.inventory,
      'order-service': options.databases.orders,
      'admin-service': options.databases.admin,
      'verification-service': options.databases.verification,
      'cart-service': options.databases.cart,
      'ranking-service': options.databases.ranking,
      'marketing-service': options.databases.marketing,
      // The orders hear PaymentSucceeded from the payment-service: it runs beside them.
      'payment-service':
        options.databases.payment ??
        (options.databases.orders ? own('payment-service') : undefined),
      // The order-service's OrderStatusChanged events need the im-service's queue (a mandatory
      // publish with no queue bound stays in the outbox and holds the order's later events).
      'im-service':
        options.databases.im ?? (options.databases.orders ? own('im-service') : undefined),
      // The order-service ships through it (it starts whenever the order-service does).
      'thirdparty-service': options.databases.thirdparty,
    };
    // Every app a started app calls starts too (the inventory-service asks the admin-service who a
    // staff token is; the order-service locks coupons at the marketing-service): on a SQLite file
    // of its own where the suite names no database for it.
    for (let grew = true; grew;) {
      grew = false;
      for (const service of SERVICE_APPS.filter((s) => databaseOf[s.app]))
        for (const host of service.calls.map((c) => hostOf(c).app))
          if (!databaseOf[host]) {
            databaseOf[host] = own(host);
            grew = true;
          }
    }
    const started = SERVICE_APPS.filter((s) => databaseOf[s.app]);
    const processes = new Map<string, ServiceProcess[]>();
    const addressesOf = (s: ServiceApp) => (processes.get(s.app) ?? []).map((p) => p.env.GRPC_URL);
    for (const service of started) {
      const replicas =
        service.app === 'user-service'
          ? (options.replicas ?? 1)
          : service.app === 'cart-service'
            ? (options.cartReplicas ?? 1)
            : service.app === 'im-service'
              ? (options.imReplicas ?? 1)
              : 1;
      const own: ServiceProcess[] = [];
      processes.set(service.app, own);
      for (let i = 0; i < replicas; i++) {
        const address = `127.0.0.1:${await freePort()}`;
        const env = {
          ...extra,
          // Only the contexts that run here (an absent one keeps its unused loopback default).
          ...serviceUrls(
            service.calls.filter((c) => processes.has(hostOf(c).app)),
            addressesOf,
          ),
          GRPC_URL: address,
          DATABASE_URL: databaseOf[service.app]!,
          // The issuer's keys: shared by the user-service replicas, nobody else.
          ...(service.app === 'user-service' ? { JWT_KEYS_DIR: signingKeysDir } : {}),
          // The staff tokens' keys: the admin service's own (test/support's temporary directory).
          ...(service.app === 'admin-service'
            ? { ADMIN_KEYS_DIR: join(signingKeysDir, 'staff') }
            : {}),
        };
        const name = replicas > 1 ? `${service.app}-${i + 1}` : service.app;
        own.push(await cluster.start(name, service.app, env, grpcServing(address)));
      }
    }
    // The gateway calls the contexts that run here.
    const calls = GATEWAY.calls.filter((c) => processes.has(hostOf(c).app));
    const routes = { ...serviceUrls(calls, addressesOf), GRPC_LB: options.policy ?? 'round_robin' };
    const users = processes.get('user-service')!;
    const inventory = processes.get('inventory-service')?.[0];
    const orders = processes.get('order-service')?.[0];
    const admin = processes.get('admin-service')?.[0];
    const verification = processes.get('verification-service')?.[0];
    const carts = processes.get('cart-service') ?? [];
    const ranking = processes.get('ranking-service')?.[0];
    const marketing = processes.get('marketing-service')?.[0];
    const payment = processes.get('payment-service')?.[0];
    const ims = processes.get('im-service') ?? [];
    const thirdparty = processes.get('thirdparty-service')?.[0];
    const gateway = await cluster.start(
      'gateway',
      'gateway',
      { ...extra, ...routes, PORT: String(port), HOST: '127.0.0.1' },
      httpOk(`${http}/.well-known/jwks.json`),
    );
    return {
      http,
      grpcUrl: users[0].env.GRPC_URL,
      adminToken: E2E_ADMIN_TOKEN,
      signingKeysDir,
      cluster,
      users,
      inventory,
      orders,
      admin,
      verification,
      carts,
      ranking,
      marketing,
      payment,
      ims,
      thirdparty,
      gateway,
      redisKeyPrefix,
      captureLogs: () => {
        const from = cluster.output.length;
        return { text: () => cluster.output.slice(from).join(''), restore: () => undefined };
      },
      close: async () => {
        await cluster.stopAll();
        cleanUp();
        await deleteRabbitObjects(rabbitPrefix);
        await deleteRedisKeys(redisKeyPrefix);
      },
    };
  } catch (error) {
    await cluster.stopAll();
    cleanUp();
    throw error;
  }
}

/** Deletes the keys a split run wrote under `prefix` (if Redis answers). */
async function deleteRedisKeys(prefix: string): Promise<void> {
  const client = redisClient();
  client.on('error', () => undefined);
  await deleteKeysUnder(client, `${prefix}:`).catch(() => undefined);
  client.disconnect();
}

/** Deletes the exchange and the consumer queues a split run declared (if RabbitMQ answers). */
export async function deleteRabbitObjects(prefix: string): Promise<void> {
  const url = process.env.E2E_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
  await deleteBrokerObjects(url, prefix, Object.values(CONSUMERS)).catch(() => undefined);
}

/**
 * Every app of the split topology, each service on its own SQLite file, started before the
 * file's tests and stopped after them. For fuzzing: answers matter, not speed, so the gateway
 * waits 15 s for a service rather than turn a loaded machine into 503s.
 */
export function fuzzedSplitForSuite(env: Record<string, string> = {}): () => SplitShop {
  const every = everyAppOnSqlite();
  let shop: SplitShop;
  beforeAll(async () => {
    shop = await startSplit({
      databases: every.databases,
      env: { GRPC_DEADLINE_MS: '15000', ...env },
    });
  }, 90_000);
  afterAll(async () => {
    await shop?.close();
    await every.drop();
  });
  return () => shop;
}

/** A SQLite file for every service app of the topology: startSplit then starts them all. */
export function everyAppOnSqlite(): {
  databases: SplitOptions['databases'];
  drop(): Promise<void>;
} {
  const names = [
    'users',
    'inventory',
    'orders',
    'admin',
    'verification',
    'cart',
    'ranking',
    'marketing',
    'payment',
    'im',
  ] as const;
  const files = names.map((name) => [name, sqliteDatabase()] as const);
  return {
    databases: Object.fromEntries(
      files.map(([name, db]) => [name, db.url]),
    ) as SplitOptions['databases'],
    drop: async () => {
      await Promise.all(files.map(([, db]) => db.drop()));
    },
  };
}
