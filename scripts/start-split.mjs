#!/usr/bin/env node
// `npm run start:split`: the split topology on this machine, one command. Starts the user-service
// replicas one after another (each waits for the previous to be SERVING, so only one runs the
// migrations), then the gateway in front of them; prints where each listens once all are healthy;
// Ctrl-C or SIGTERM stops them all (concurrently forwards the signal).
//   USER_SERVICE_REPLICAS (2), USER_SERVICE_LB (round_robin), PORT (3000, the gateway),
//   USER_SERVICE_DATABASE_URL (sqlite:./data/user-service.sqlite; mysql://.../mall_user for MySQL),
//   JWT_SECRET (random for this run when unset: the services must share it).
import { randomBytes } from 'node:crypto';
import concurrently from 'concurrently';

const replicas = Number(process.env.USER_SERVICE_REPLICAS ?? 2);
const port = Number(process.env.PORT ?? 3000);
const grpcPorts = Array.from({ length: replicas }, (_, i) => 50051 + i);
const shared = {
  JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString('base64url'),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'log',
};
const wait = (...targets) => `node scripts/wait-healthy.mjs --timeout-ms 90000 ${targets.join(' ')} && `;

const commands = grpcPorts.map((grpcPort, i) => ({
  name: `users-${i + 1}`,
  command: (i > 0 ? wait(`grpc://127.0.0.1:${grpcPorts[i - 1]}`) : '') + 'node dist/apps/user-service/src/main.js',
  env: {
    ...shared,
    GRPC_URL: `127.0.0.1:${grpcPort}`,
    DATABASE_URL: process.env.USER_SERVICE_DATABASE_URL ?? 'sqlite:./data/user-service.sqlite',
  },
}));
commands.push({
  name: 'gateway',
  command: wait(...grpcPorts.map((p) => `grpc://127.0.0.1:${p}`)) + 'node dist/apps/gateway/src/main.js',
  env: {
    ...shared,
    PORT: String(port),
    USER_SERVICE_URL: grpcPorts.map((p) => `127.0.0.1:${p}`).join(','),
    USER_SERVICE_LB: process.env.USER_SERVICE_LB ?? 'round_robin',
  },
});

const { result, commands: running } = concurrently(commands, {
  prefix: 'name',
  prefixColors: ['cyan', 'magenta', 'yellow', 'green'],
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
      `  gateway       http://localhost:${port}  (Swagger UI http://localhost:${port}/docs)`,
      ...grpcPorts.map((p, i) => `  user-service  127.0.0.1:${p}  (replica ${i + 1}, gRPC)`),
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
