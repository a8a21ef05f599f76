import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import amqplib from 'amqplib';
import { CONSUMERS } from '@nestmall/contracts';
import { consumerQueues } from '@nestmall/messaging';
import { freePort } from './mall.js';
import { Cluster, grpcServing, httpOk, type ServiceProcess } from './processes.js';
import { E2E_ADMIN_TOKEN, type ShopUnderTest } from './shop.js';

export interface SplitShop extends ShopUnderTest {
  http: string;
  cluster: Cluster;
  users: ServiceProcess[];
  inventory?: ServiceProcess;
  orders?: ServiceProcess;
  gateway: ServiceProcess;
}

export interface SplitOptions {
  /** Each service's own database (mall_user_..., mall_inventory_..., mall_order_... on MariaDB). */
  databases: { users: string; inventory?: string; orders?: string };
  /** user-service replicas (1 by default). */
  replicas?: number;
  policy?: 'round_robin' | 'weighted_round_robin' | 'least_request';
  /** Extra environment for every service (TCC_TIMEOUT_MS, say). */
  env?: Record<string, string>;
}

/**
 * The split topology as separate processes on loopback, from the built apps (npm run build):
 * user-service replicas one after another (the first runs the migrations), then, with databases
 * for them, inventory-service and order-service, then the gateway in front of them all. Each
 * process gets an explicit environment, nothing inherited but PATH.
 */
export async function startSplit(options: SplitOptions): Promise<SplitShop> {
  const cluster = new Cluster();
  // Its own exchange and queues on the shared RabbitMQ, removed by close().
  const rabbitPrefix = `nestmall-e2e-${randomBytes(4).toString('hex')}`;
  const extra = { RABBITMQ_PREFIX: rabbitPrefix, OUTBOX_RELAY_INTERVAL_MS: '100', ...options.env };
  // The replicas of the issuer share one key directory; no other service sees it.
  const signingKeysDir = mkdtempSync(join(tmpdir(), 'nestmall-keys-'));
  const cleanUp = () => rmSync(signingKeysDir, { recursive: true, force: true });
  try {
    const users: ServiceProcess[] = [];
    for (let i = 0; i < (options.replicas ?? 1); i++) {
      const address = `127.0.0.1:${await freePort()}`;
      const env = {
        ...extra,
        GRPC_URL: address,
        DATABASE_URL: options.databases.users,
        JWT_KEYS_DIR: signingKeysDir,
      };
      users.push(await cluster.start(`users-${i + 1}`, 'user-service', env, grpcServing(address)));
    }
    let inventory: ServiceProcess | undefined;
    let orders: ServiceProcess | undefined;
    const routes: Record<string, string> = {
      USER_SERVICE_URL: users.map((u) => u.env.GRPC_URL).join(','),
      GRPC_LB: options.policy ?? 'round_robin',
    };
    if (options.databases.inventory && options.databases.orders) {
      const inventoryAddress = `127.0.0.1:${await freePort()}`;
      inventory = await cluster.start(
        'inventory',
        'inventory-service',
        { ...extra, GRPC_URL: inventoryAddress, DATABASE_URL: options.databases.inventory },
        grpcServing(inventoryAddress),
      );
      const ordersAddress = `127.0.0.1:${await freePort()}`;
      orders = await cluster.start(
        'orders',
        'order-service',
        {
          ...extra,
          GRPC_URL: ordersAddress,
          DATABASE_URL: options.databases.orders,
          USER_SERVICE_URL: routes.USER_SERVICE_URL,
          INVENTORY_SERVICE_URL: inventoryAddress,
          CATALOG_SERVICE_URL: inventoryAddress,
        },
        grpcServing(ordersAddress),
      );
      Object.assign(routes, {
        INVENTORY_SERVICE_URL: inventoryAddress,
        CATALOG_SERVICE_URL: inventoryAddress,
        ORDER_SERVICE_URL: ordersAddress,
      });
    }
    const port = await freePort();
    const http = `http://127.0.0.1:${port}`;
    const gateway = await cluster.start(
      'gateway',
      'gateway',
      { ...extra, ...routes, PORT: String(port), HOST: '127.0.0.1' },
      httpOk(`${http}/docs-json`),
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
      gateway,
      captureLogs: () => {
        const from = cluster.output.length;
        return { text: () => cluster.output.slice(from).join(''), restore: () => undefined };
      },
      close: async () => {
        await cluster.stopAll();
        cleanUp();
        await deleteRabbitObjects(rabbitPrefix);
      },
    };
  } catch (error) {
    await cluster.stopAll();
    cleanUp();
    throw error;
  }
}

/** Deletes the exchange and the consumer queues a split run declared (if RabbitMQ answers). */
export async function deleteRabbitObjects(prefix: string): Promise<void> {
  const connection = await amqplib
    .connect(process.env.E2E_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672')
    .catch(() => null);
  if (!connection) return;
  try {
    const channel = await connection.createChannel();
    for (const consumer of Object.values(CONSUMERS)) {
      const q = consumerQueues(prefix, consumer, 50);
      for (const name of [q.main, q.dead, ...q.retries.map((r) => r.queue)])
        await channel.deleteQueue(name);
    }
    await channel.deleteExchange(`${prefix}.events`);
  } finally {
    await connection.close();
  }
}
