// A RabbitMQ consumer, or an outbox relay, in a child process, for tests that kill it with
// kill -9 (the built libs/messaging from dist/, so run `npm run build` first). Each event the
// consumer handles inserts one row into `effects` (no unique key: a doubled effect would show as
// two rows).
//   CHILD_MODE=normal            handle and ack
//   CHILD_MODE=slow              print "HANDLING <id>" inside the open transaction, then wait
//                                (the test kills it there: nothing committed, nothing acked)
//   CHILD_MODE=block-after-commit print "COMMITTED <id>" after the commit and block before the
//                                ack (the test kills it there: committed, but never acked)
//   CHILD_MODE=relay             relay the database's outbox (leases of 1 s), mark published
//   CHILD_MODE=relay-block-after-publish  relay, but print "PUBLISHED <id>" once the broker
//                                confirmed an event and block before the relay marks it (the
//                                test kills it there: out, but its row unpublished and leased)
// It prints "READY" once its queues exist (or it relays), and "STATS <json>" whenever its bus's
// counters change.
import { join } from 'node:path';

const say = (line) => process.stdout.write(`${line}\n`);
/** Blocks the event loop: what would follow (an ack, a mark) never leaves this process. */
const block = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);

const root = join(import.meta.dirname, '../..');
const { RabbitMqEventBus, InboxEntity, OutboxEntity, OutboxRelay, MESSAGING_MIGRATIONS } =
  await import(join(root, 'dist/libs/messaging/src/index.js'));
const { ambientManager, databaseOptions } = await import(
  join(root, 'dist/libs/platform/src/index.js')
);
const { DataSource } = await import('typeorm');

const mode = process.env.CHILD_MODE ?? 'normal';
const relaying = mode.startsWith('relay');
const dataSource = await new DataSource(
  databaseOptions({
    url: process.env.DATABASE_URL,
    entities: [InboxEntity, OutboxEntity],
    migrations: MESSAGING_MIGRATIONS,
  }),
).initialize();
const bus = new RabbitMqEventBus(
  {
    url: process.env.RABBITMQ_URL,
    prefix: process.env.RABBITMQ_PREFIX,
    maxAttempts: 5,
    prefetch: 4,
  },
  relaying ? null : dataSource,
);
if (relaying) {
  if (mode === 'relay-block-after-publish') {
    const publish = bus.publish.bind(bus);
    bus.publish = async (event) => {
      await publish(event);
      say(`PUBLISHED ${event.id}`);
      block();
    };
  }
  await bus.ready();
  new OutboxRelay(dataSource, bus, {
    intervalMs: 100,
    batch: 10,
    leaseMs: 1000,
  }).onApplicationBootstrap();
} else {
  let current;
  bus.onHandled(() => {
    if (mode !== 'block-after-commit') return;
    say(`COMMITTED ${current}`);
    block();
  });
  await bus.subscribe({
    consumer: 'effects',
    types: ['Effect'],
    // The handler joins the bus's unit of work (the inbox row and this insert commit together).
    handler: async (event) => {
      current = event.id;
      await ambientManager(dataSource).query('INSERT INTO effects (event_id) VALUES (?)', [
        event.id,
      ]);
      if (mode === 'slow') {
        say(`HANDLING ${event.id}`);
        await new Promise((r) => setTimeout(r, 60_000));
      }
    },
  });
  await bus.ready();
}
say('READY');
let last = '';
setInterval(() => {
  const now = JSON.stringify(bus.stats);
  if (now !== last) say(`STATS ${(last = now)}`);
}, 50);
