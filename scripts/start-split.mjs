#!/usr/bin/env node
// `npm run start:split`: the split topology of libs/topology/src/topology.ts on this machine, one
// command. Starts each service app's replicas one after another (each waits for the previous to be
// SERVING, so only one runs the migrations), each app once the apps it calls answer, then the
// gateway in front of them all; prints where each listens once all are healthy; Ctrl-C or SIGTERM
// stops them all (concurrently forwards it).
//   <APP>_REPLICAS (USER_SERVICE_REPLICAS: 2), <APP>_DATABASE_URL (sqlite:./data/<app>.sqlite;
//   for MySQL: USER_SERVICE_DATABASE_URL=mysql://root@127.0.0.1:3306/mall_user, ...),
//   GRPC_LB (round_robin), PORT (3000, the gateway), SPLIT_GRPC_PORT_BASE (50051: moves every
//   gRPC port of the topology together, so a test can run it beside a shop on the defaults),
//   ADMIN_TOKEN. No secret is shared: the user-services sign access tokens with the keys in
//   ./data/jwt-keys (JWT_KEYS_DIR), the gateway and the order-service fetch their public keys.
//   RABBITMQ_URL, RABBITMQ_PREFIX (nestmall: the exchange and queues are named after it),
//   REDIS_URL, REDIS_KEY_PREFIX (every app inherits this environment: the cart-service keeps its
//   carts there, CART_STORE=redis),
//   GRPC_TLS (on: mutual TLS between them, certificates from GRPC_TLS_DIR, ./data/tls, made
//   here first when missing; off: plaintext, each app warns).
// `npm run start:split -- --clean` deletes the run's RabbitMQ exchange and queues when it stops
// (the same as `npm run broker:clean` with its prefix); `--prefix P` runs under the prefix P.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import concurrently from 'concurrently';

const args = process.argv.slice(2);
const clean = args.includes('--clean');
const prefixAt = args.indexOf('--prefix');
const rabbitPrefix =
  prefixAt >= 0 ? args[prefixAt + 1] : (process.env.RABBITMQ_PREFIX ?? 'nestmall');
const unknown = args.filter((a, i) => a !== '--clean' && i !== prefixAt && i !== prefixAt + 1);
if (unknown.length > 0 || (prefixAt >= 0 && !rabbitPrefix)) {
  console.error('usage: npm run start:split [-- --prefix PREFIX] [--clean]');
  process.exit(2);
}

const built = new URL('../dist/libs/topology/src/index.js', import.meta.url);
if (!existsSync(built)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const { SERVICE_APPS, GATEWAY, CERTIFIED_APPS, OPERATIONS_PORT_OFFSET, serviceUrls } = await import(
  built.href
);

const port = Number(process.env.PORT ?? GATEWAY.httpPort);
const portShift = Number(process.env.SPLIT_GRPC_PORT_BASE ?? 50051) - 50051;
const envName = (app) => app.toUpperCase().replaceAll('-', '_');
/** host:port of each replica of each service app. */
const addresses = new Map(
  SERVICE_APPS.map((s) => {
    const replicas = Number(process.env[`${envName(s.app)}_REPLICAS`] ?? s.replicas);
    return [
      s.app,
      Array.from({ length: replicas }, (_, i) => `127.0.0.1:${s.grpcPort + portShift + i}`),
    ];
  }),
);
const addressesOf = (service) => addresses.get(service.app);
const tls = process.env.GRPC_TLS === 'off' ? 'off' : 'on';
const tlsDir = resolve(process.env.GRPC_TLS_DIR || './data/tls');
if (tls === 'on') {
  // Every app would make what it lacks at start; making it once here keeps their logs quiet.
  const { ensureDevCertificates } = await import(
    new URL('../dist/libs/platform/src/tls/tls-directory.js', import.meta.url).href
  );
  await ensureDevCertificates(tlsDir, CERTIFIED_APPS);
}
const shared = {
  GRPC_TLS: tls,
  GRPC_TLS_DIR: tlsDir,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'log',
  GRPC_LB: process.env.GRPC_LB ?? 'round_robin',
  RABBITMQ_PREFIX: rabbitPrefix,
  // Where the payment providers post their notifications: the gateway.
  PAYMENT_NOTIFY_BASE_URL: process.env.PAYMENT_NOTIFY_BASE_URL ?? `http://127.0.0.1:${port}`,
  ...(process.env.ADMIN_TOKEN ? { ADMIN_TOKEN: process.env.ADMIN_TOKEN } : {}),
};
const wait = (targets) =>
  targets.length === 0
    ? ''
    : `node scripts/wait-healthy.mjs --timeout-ms 90000 ${targets.map((t) => `grpc://${t}`).join(' ')} && `;
const hostsOf = (calls) =>
  SERVICE_APPS.filter((s) => calls.some((c) => s.contexts.includes(c))).flatMap(addressesOf);

const commands = [];
for (const service of SERVICE_APPS) {
  const own = addressesOf(service);
  own.forEach((address, i) => {
    commands.push({
      name: own.length > 1 ? `${service.app}-${i + 1}` : service.app,
      // The first replica waits for the apps it calls, the others for the replica before them.
      command:
        wait(i > 0 ? [own[i - 1]] : hostsOf(service.calls)) +
        `node dist/apps/${service.app}/src/main.js`,
      env: {
        ...shared,
        GRPC_URL: address,
        // Health and metrics: the replica's gRPC port + 1000.
        PORT: String(Number(address.split(':')[1]) + OPERATIONS_PORT_OFFSET),
        DATABASE_URL:
          process.env[`${envName(service.app)}_DATABASE_URL`] ??
          `sqlite:./data/${service.app}.sqlite`,
        ...serviceUrls(service.calls, addressesOf),
      },
    });
  });
}
// The sandbox payment providers the payment-service calls by default.
commands.push({
  name: 'payment-sandboxes',
  command: 'node scripts/sandbox/start-payment-sandboxes.mjs',
});
// The sandbox carrier, identity and moderation providers the thirdparty-service calls by default,
// on the ports of CARRIER_URL, IDENTITY_PROVIDER_URL and MODERATION_PROVIDER_URL when set.
for (const [provider, variable, fallback] of [
  ['carrier', 'CARRIER_URL', 4040],
  ['identity', 'IDENTITY_PROVIDER_URL', 4050],
  ['moderation', 'MODERATION_PROVIDER_URL', 4060],
]) {
  const port = process.env[variable] ? new URL(process.env[variable]).port : String(fallback);
  commands.push({
    name: `${provider}-sandbox`,
    command: `node scripts/sandbox/${provider}-provider.mjs`,
    env: { [`${provider.toUpperCase()}_SANDBOX_PORT`]: port },
  });
}
commands.push({
  name: GATEWAY.app,
  command: wait([...addresses.values()].flat()) + `node dist/apps/${GATEWAY.app}/src/main.js`,
  env: { ...shared, PORT: String(port), ...serviceUrls(GATEWAY.calls, addressesOf) },
});

const { result, commands: running } = concurrently(commands, {
  prefix: 'name',
  prefixColors: ['cyan', 'magenta', 'blue', 'yellow', 'green', 'red', 'gray'],
  killOthersOn: [],
  killSignal: 'SIGTERM',
});

const waiter = concurrently(
  [
    {
      name: 'ready',
      command: `node scripts/wait-healthy.mjs --timeout-ms 90000 http://127.0.0.1:${port}/.well-known/jwks.json`,
    },
  ],
  { raw: true },
);
waiter.result.then(
  () => {
    const lines = [
      '',
      'nestmall split topology is up:',
      `  ${GATEWAY.app.padEnd(18)} http://localhost:${port}  (Swagger UI http://localhost:${port}/docs)`,
      ...SERVICE_APPS.flatMap((s) =>
        addressesOf(s).map(
          (a, i, all) =>
            `  ${s.app.padEnd(18)} ${a}  (${s.contexts.join(' + ')}${all.length > 1 ? `, replica ${i + 1}` : ''}, gRPC; health and metrics on :${Number(a.split(':')[1]) + OPERATIONS_PORT_OFFSET})`,
        ),
      ),
      `  payment sandboxes  card ${process.env.PAYMENT_CARD_URL ?? 'http://127.0.0.1:4010'}, wallet ${process.env.PAYMENT_WALLET_URL ?? 'http://127.0.0.1:4020'}  (checkout pages, webhooks to the gateway)`,
      `  RabbitMQ prefix    ${rabbitPrefix}  (${clean ? 'its exchange and queues are deleted at exit' : `npm run broker:clean -- --prefix ${rabbitPrefix} removes them`})`,
      tls === 'on'
        ? `  gRPC               mutual TLS, certificates in ${tlsDir}`
        : '  gRPC               PLAINTEXT (GRPC_TLS=off): no caller is authenticated',
      '  Ctrl-C stops them all.',
      '',
    ];
    console.log(lines.join('\n'));
  },
  () => {
    console.error('the split topology did not become healthy in time: stopping it');
    running.forEach((c) => c.kill('SIGTERM'));
  },
);

/** With --clean, the run's exchange and queues go once every app has stopped. */
function exit(code) {
  if (clean) {
    const run = spawnSync(
      process.execPath,
      ['scripts/broker-clean.mjs', '--prefix', rabbitPrefix],
      {
        stdio: 'inherit',
      },
    );
    if (run.status !== 0) code = 1;
  }
  process.exit(code);
}

result.then(
  () => exit(0),
  () => exit(1),
);
