// The split topology of libs/topology on MariaDB for the order benchmarks: one process per
// entry of SERVICE_APPS (today 11: verification, user, admin, thirdparty, inventory (catalog +
// inventory), marketing, order (the TCC coordinator), cart, ranking, payment, im) and the
// gateway, from dist/ as child processes, each service on a database of its own
// (nestmall_bench_<name>_<app>_<pid>) with a free gRPC and operations (health, /metrics) port,
// events over RabbitMQ to every consumer of the topology under an exchange and queues of this
// run. stop() ends them, drops the databases and deletes the RabbitMQ objects, also when the
// start fails.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { makeGenericClientConstructor } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { createDatabase } from './mysql.mjs';
import { edgeProcessesEnv, freePort, httpOk, ROOT, startApp } from './processes.mjs';
import { benchCredentials } from './tls.mjs';

const RABBITMQ_URL = process.env.BENCH_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const HealthClient = makeGenericClientConstructor(healthService, 'Health');

//
// `env` is added to every service's environment (ORDER_CONSISTENCY, TCC_TIMEOUT_MS, ...). The
// answer's `services` maps each service app to { handle, databaseUrl, restart(env) } (restart:
// the same address and environment, plus `env`, again; after a kill -9 or a stop()).
export async function startSplitOnMariaDb(benchmark, { env: extra = {} } = {}) {
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e) => console.error(e.message));
  };
  try {
    const { SERVICE_APPS, GATEWAY, serviceUrls } = await import(
      join(ROOT, 'dist/libs/topology/src/index.js')
    );
    const databases = {};
    for (const { app } of SERVICE_APPS) {
      databases[app] = await createDatabase(`${benchmark}_${app.replace('-service', '')}`);
      stops.push(() => databases[app].drop());
    }
    const rabbitPrefix = `nestmall-bench-${randomBytes(4).toString('hex')}`;
    stops.push(() => deleteRabbitObjects(rabbitPrefix));
    const shared = { RABBITMQ_PREFIX: rabbitPrefix, SEED_DEMO_DATA: 'true', ...extra };
    // One process per service app of the topology, in its order (callees first).
    const started = new Map();
    const addressesOf = (service) => [started.get(service.app).address];
    for (const service of SERVICE_APPS) {
      const address = `127.0.0.1:${await freePort()}`;
      // Its operations port (health, /metrics): a free one, not the topology's fixed default.
      const operations = `http://127.0.0.1:${await freePort()}`;
      const env = {
        ...shared,
        ...serviceUrls(service.calls, addressesOf),
        GRPC_URL: address,
        HOST: '127.0.0.1',
        PORT: new URL(operations).port,
        DATABASE_URL: databases[service.app].url,
      };
      const start = (more = {}) =>
        startApp(service.app, service.app, { ...env, ...more }, () => grpcServing(address));
      const entry = { app: await start(), address, operations };
      entry.restart = async (more) => (entry.app = await start(more));
      stops.push(() => entry.app.stop());
      started.set(service.app, entry);
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const gateway = await startApp(
      GATEWAY.app,
      GATEWAY.app,
      {
        // WEB_CONCURRENCY in the bench's environment: the gateway's worker processes.
        ...edgeProcessesEnv({ ownKeyPrefix: false }),
        HOST: '127.0.0.1',
        PORT: String(port),
        ...serviceUrls(GATEWAY.calls, addressesOf),
      },
      // The JWKS route: served in production too (the Swagger UI is not), once the issuer answers.
      () => httpOk(`${base}/.well-known/jwks.json`),
    );
    stops.push(() => gateway.stop());
    const inventorySql = await databases['inventory-service'].connect();
    stops.push(() => inventorySql.end());
    const services = Object.fromEntries(
      [...started].map(([app, entry]) => [
        app,
        {
          get handle() {
            return entry.app;
          },
          databaseUrl: databases[app].url,
          operations: entry.operations,
          restart: entry.restart,
        },
      ]),
    );
    return {
      base,
      services,
      inventorySql,
      pids: [gateway, ...[...started.values()].map((s) => s.app)].map((p) => p.child.pid),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Health is public: the run's CA is enough, as for a load balancer's probe. */
async function grpcServing(address) {
  const client = new HealthClient(address, await benchCredentials());
  return new Promise((resolve) => {
    client.Check({ service: '' }, { deadline: Date.now() + 1000 }, (error, answer) => {
      client.close();
      resolve(!error && answer?.status === 'SERVING');
    });
  });
}

/** The exchange and every consumer's queues of this run (if RabbitMQ answers). */
async function deleteRabbitObjects(prefix) {
  const { deleteBrokerObjects } = await import(join(ROOT, 'dist/libs/messaging/src/index.js'));
  const { CONSUMERS } = await import(join(ROOT, 'dist/libs/contracts/src/index.js'));
  await deleteBrokerObjects(RABBITMQ_URL, prefix, Object.values(CONSUMERS)).catch(() => undefined);
}
