#!/usr/bin/env node
// `npm run start:split`: the split topology on this machine, one command. Starts the user-service
// replicas one after another (each waits for the previous to be SERVING, so only one runs the
// migrations), the inventory-service (catalog + inventory), the order-service (the TCC
// coordinator) once the inventory answers, then the gateway in front of them all; prints where
// each listens once all are healthy; Ctrl-C or SIGTERM stops them all (concurrently forwards it).
//   USER_SERVICE_REPLICAS (2), GRPC_LB (round_robin), PORT (3000, the gateway),
//   USER_SERVICE_DATABASE_URL (sqlite:./data/user-service.sqlite), INVENTORY_SERVICE_DATABASE_URL
//   (sqlite:./data/inventory-service.sqlite), ORDER_SERVICE_DATABASE_URL
//   (sqlite:./data/order-service.sqlite); for MySQL: mysql://root@127.0.0.1:3306/mall_user, ...
//   ADMIN_TOKEN. No secret is shared: the user-services sign access tokens with the keys in
//   ./data/jwt-keys (JWT_KEYS_DIR), the gateway and the order-service fetch their public keys.
import concurrently from 'concurrently';

const replicas = Number(process.env.USER_SERVICE_REPLICAS ?? 2);
const port = Number(process.env.PORT ?? 3000);
const userPorts = Array.from({ length: replicas }, (_, i) => 50051 + i);
const inventoryAddress = '127.0.0.1:50061';
const orderAddress = '127.0.0.1:50071';
const shared = {
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'log',
  GRPC_LB: process.env.GRPC_LB ?? 'round_robin',
  ...(process.env.ADMIN_TOKEN ? { ADMIN_TOKEN: process.env.ADMIN_TOKEN } : {}),
};
const wait = (...targets) =>
  `node scripts/wait-healthy.mjs --timeout-ms 90000 ${targets.join(' ')} && `;
const database = (name, fallback) => process.env[`${name}_DATABASE_URL`] ?? fallback;

const commands = userPorts.map((grpcPort, i) => ({
  name: `users-${i + 1}`,
  command:
    (i > 0 ? wait(`grpc://127.0.0.1:${userPorts[i - 1]}`) : '') +
    'node dist/apps/user-service/src/main.js',
  env: {
    ...shared,
    GRPC_URL: `127.0.0.1:${grpcPort}`,
    DATABASE_URL: database('USER_SERVICE', 'sqlite:./data/user-service.sqlite'),
  },
}));
commands.push(
  {
    name: 'inventory',
    command: 'node dist/apps/inventory-service/src/main.js',
    env: {
      ...shared,
      GRPC_URL: inventoryAddress,
      DATABASE_URL: database('INVENTORY_SERVICE', 'sqlite:./data/inventory-service.sqlite'),
    },
  },
  {
    name: 'orders',
    command: wait(`grpc://${inventoryAddress}`) + 'node dist/apps/order-service/src/main.js',
    env: {
      ...shared,
      GRPC_URL: orderAddress,
      DATABASE_URL: database('ORDER_SERVICE', 'sqlite:./data/order-service.sqlite'),
      USER_SERVICE_URL: userPorts.map((p) => `127.0.0.1:${p}`).join(','),
      INVENTORY_SERVICE_URL: inventoryAddress,
      CATALOG_SERVICE_URL: inventoryAddress,
    },
  },
  {
    name: 'gateway',
    command:
      wait(
        ...userPorts.map((p) => `grpc://127.0.0.1:${p}`),
        `grpc://${inventoryAddress}`,
        `grpc://${orderAddress}`,
      ) + 'node dist/apps/gateway/src/main.js',
    env: {
      ...shared,
      PORT: String(port),
      USER_SERVICE_URL: userPorts.map((p) => `127.0.0.1:${p}`).join(','),
      CATALOG_SERVICE_URL: inventoryAddress,
      INVENTORY_SERVICE_URL: inventoryAddress,
      ORDER_SERVICE_URL: orderAddress,
    },
  },
);

const { result, commands: running } = concurrently(commands, {
  prefix: 'name',
  prefixColors: ['cyan', 'magenta', 'blue', 'yellow', 'green'],
  killOthersOn: [],
  killSignal: 'SIGTERM',
});

const waiter = concurrently(
  [{ name: 'ready', command: wait(`http://127.0.0.1:${port}/docs-json`) + 'true' }],
  { raw: true },
);
waiter.result.then(
  () => {
    const lines = [
      '',
      'nestmall split topology is up:',
      `  gateway            http://localhost:${port}  (Swagger UI http://localhost:${port}/docs)`,
      ...userPorts.map((p, i) => `  user-service       127.0.0.1:${p}  (replica ${i + 1}, gRPC)`),
      `  inventory-service  ${inventoryAddress}  (catalog + inventory, gRPC)`,
      `  order-service      ${orderAddress}  (orders, the TCC coordinator, gRPC)`,
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

result.then(
  () => process.exit(0),
  () => process.exit(1),
);
