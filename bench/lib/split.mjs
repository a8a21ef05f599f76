// The split topology on MariaDB for the order benchmarks: one user-service, the
// inventory-service (catalog + inventory), the order-service (the TCC coordinator) and the
// gateway, from dist/ as child processes, each service on a database of its own
// (nestmall_bench_<name>_{user,inventory,order}_<pid>), order events over RabbitMQ under an
// exchange and queues of this run. stop() ends them, drops the databases and deletes the
// RabbitMQ objects, also when the start fails.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { credentials, makeGenericClientConstructor } from '@grpc/grpc-js';
import amqplib from 'amqplib';
import { service as healthService } from 'grpc-health-check';
import { createDatabase } from './mysql.mjs';
import { freePort, httpOk, ROOT, startApp } from './processes.mjs';

const RABBITMQ_URL = process.env.BENCH_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const HealthClient = makeGenericClientConstructor(healthService, 'Health');

export async function startSplitOnMariaDb(benchmark) {
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e) => console.error(e.message));
  };
  try {
    const databases = {};
    for (const service of ['user', 'inventory', 'order']) {
      databases[service] = await createDatabase(`${benchmark}_${service}`);
      stops.push(() => databases[service].drop());
    }
    const rabbitPrefix = `nestmall-bench-${randomBytes(4).toString('hex')}`;
    stops.push(() => deleteRabbitObjects(rabbitPrefix));
    const shared = { RABBITMQ_PREFIX: rabbitPrefix, SEED_DEMO_DATA: 'true' };
    const service = async (name, database, env = {}) => {
      const address = `127.0.0.1:${await freePort()}`;
      const app = await startApp(
        name,
        name,
        { ...shared, ...env, GRPC_URL: address, DATABASE_URL: database.url },
        () => grpcServing(address),
      );
      stops.push(() => app.stop());
      return { app, address };
    };
    const users = await service('user-service', databases.user);
    const inventory = await service('inventory-service', databases.inventory);
    const orders = await service('order-service', databases.order, {
      USER_SERVICE_URL: users.address,
      INVENTORY_SERVICE_URL: inventory.address,
      CATALOG_SERVICE_URL: inventory.address,
    });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const gateway = await startApp(
      'gateway',
      'gateway',
      {
        HOST: '127.0.0.1',
        PORT: String(port),
        USER_SERVICE_URL: users.address,
        CATALOG_SERVICE_URL: inventory.address,
        INVENTORY_SERVICE_URL: inventory.address,
        ORDER_SERVICE_URL: orders.address,
      },
      () => httpOk(`${base}/docs-json`),
    );
    stops.push(() => gateway.stop());
    const inventorySql = await databases.inventory.connect();
    stops.push(() => inventorySql.end());
    return {
      base,
      inventorySql,
      pids: [gateway, users.app, inventory.app, orders.app].map((p) => p.child.pid),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function grpcServing(address) {
  const client = new HealthClient(address, credentials.createInsecure());
  return new Promise((resolve) => {
    client.Check({ service: '' }, { deadline: Date.now() + 1000 }, (error, answer) => {
      client.close();
      resolve(!error && answer?.status === 'SERVING');
    });
  });
}

/** The exchange and every consumer's queues of this run (if RabbitMQ answers). */
async function deleteRabbitObjects(prefix) {
  const { consumerQueues } = await import(join(ROOT, 'dist/libs/messaging/src/index.js'));
  const { CONSUMERS } = await import(join(ROOT, 'dist/libs/contracts/src/index.js'));
  const connection = await amqplib.connect(RABBITMQ_URL).catch(() => null);
  if (!connection) return;
  try {
    const channel = await connection.createChannel();
    for (const consumer of Object.values(CONSUMERS)) {
      // 50: the most MESSAGE_MAX_ATTEMPTS allows, so every retry queue there can be is named.
      const q = consumerQueues(prefix, consumer, 50);
      for (const name of [q.main, q.dead, ...q.retries.map((r) => r.queue)])
        await channel.deleteQueue(name);
    }
    await channel.deleteExchange(`${prefix}.events`);
  } finally {
    await connection.close();
  }
}
