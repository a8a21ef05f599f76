// The system side of `events`: nestmall's own integration-event path, from dist/: each event
// appended to the outbox in its own local transaction (as a business change would write it),
// relayed by the OutboxRelay (nudged after each commit) to RabbitMQ through the RabbitMqEventBus
// (confirm channel, persistent, mandatory), and consumed by an idempotent consumer (its inbox
// row and the handler in one local transaction, then the ack), on a MariaDB database of its own.
// JSON-line commands on stdin, as bench/baselines/amqp-raw.mjs:
//
//   {"op":"run","count":5000,"size":256,"concurrency":32}
//     `concurrency` loops append `count` events in all (a payload of `size` bytes each); answers
//     once the consumer handled every one: the time from the first append to the last handled
//     event, and each event's latency (append -> handled).
//   {"op":"counters"}
//     the SQL statements this process sent so far, and its commits and rollbacks (the harness
//     turns them into statements and commits an event: appends, relay passes and inbox rows).
//
// Env: DATABASE_URL (MariaDB), RABBITMQ_URL, PREFIX (RabbitMQ names; deleted on SIGTERM), ROOT.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

const root = process.env.ROOT;
const messaging = await import(join(root, 'dist/libs/messaging/src/index.js'));
const { TypeOrmUnitOfWork } = await import(join(root, 'dist/libs/platform/src/index.js'));
const { DataSource } = await import('typeorm');

const url = process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const prefix = process.env.PREFIX ?? `nestmall-bench-events-${process.pid}`;
const CONSUMER = 'bench-consumer';
// Every statement the process sends, counted (TypeORM hands each one to its logger).
const counted = { statements: 0, transactions: 0 };
const quiet = () => undefined;
const logger = {
  logQuery(query) {
    counted.statements++;
    if (/^(COMMIT|ROLLBACK)\b/i.test(query)) counted.transactions++;
  },
  logQueryError: quiet,
  logQuerySlow: quiet,
  logSchemaBuild: quiet,
  logMigration: quiet,
  log: quiet,
};
const dataSource = await new DataSource({
  type: 'mysql',
  url: process.env.DATABASE_URL,
  entities: [messaging.OutboxEntity, messaging.InboxEntity, messaging.DeadLetterEntity],
  migrations: messaging.MESSAGING_MIGRATIONS,
  migrationsRun: true,
  // The app's pool (mysql2 default in databaseOptions: 10).
  extra: { connectionLimit: 10 },
  logger,
}).initialize();
const bus = new messaging.RabbitMqEventBus(
  { url, prefix, maxAttempts: 5, prefetch: 16 },
  dataSource,
);
const relay = new messaging.OutboxRelay(dataSource, bus, {
  intervalMs: 1000,
  batch: 100,
  leaseMs: 5_000,
});
const outbox = new messaging.Outbox(dataSource, relay);
const unitOfWork = new TypeOrmUnitOfWork(dataSource);

let waiting = null;
await bus.subscribe({
  consumer: CONSUMER,
  types: ['BenchEvent'],
  handler: async (event) => {
    // The handler's own change would join this unit of work; the inbox row is written anyway.
    if (waiting) waiting.handled(performance.now() - event.payload.t0);
  },
});
await bus.ready();
relay.onApplicationBootstrap();

async function run({ count, size, concurrency }) {
  const data = 'x'.repeat(Math.max(0, size - 40));
  const latencies = [];
  let left = count;
  const start = performance.now();
  const all = new Promise((resolve) => {
    waiting = {
      handled(ms) {
        latencies.push(Math.round(ms * 1000) / 1000);
        if (latencies.length === count) resolve();
      },
    };
  });
  const loop = async () => {
    while (left > 0) {
      left--;
      const event = messaging.newEvent('BenchEvent', { t0: performance.now(), data });
      await unitOfWork.run(() => outbox.append([event]));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  await all;
  waiting = null;
  return { ok: count, failed: 0, seconds: (performance.now() - start) / 1000, latencies };
}

const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');
send({ ready: true });

let pending = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  pending = pending.then(async () => {
    try {
      const command = JSON.parse(line);
      send(command.op === 'counters' ? { ...counted } : await run(command));
    } catch (error) {
      send({ error: error.message });
    }
  });
});
const stop = async () => {
  await relay.beforeApplicationShutdown().catch(() => undefined);
  await bus.beforeApplicationShutdown().catch(() => undefined);
  await bus.onApplicationShutdown?.().catch(() => undefined);
  await messaging.deleteBrokerObjects(url, prefix, [CONSUMER]).catch(() => undefined);
  await dataSource.destroy().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
