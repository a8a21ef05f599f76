// events: integration events per second through nestmall's durable path (outbox row in a local
// transaction, the OutboxRelay, RabbitMQ with publisher confirms, an idempotent consumer that
// records each event in its inbox in a local transaction before the ack; bench/lib/events-
// outbox.mjs on a MariaDB database of its own) against raw amqplib (publish with confirms,
// consume with manual ack; bench/baselines/amqp-raw.mjs). Same count, same size, same number of
// producers a round; a round lasts from the first event sent until the last one is consumed.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { alternate } from '../lib/harness.mjs';
import { createDatabase } from '../lib/mysql.mjs';
import { ROOT, startScript } from '../lib/processes.mjs';

const RABBITMQ_URL = process.env.BENCH_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const SIZE = 256;

export const events = {
  name: 'events',
  title: 'integration events: outbox + relay + RabbitMQ + idempotent consumer vs raw amqplib',
  target: 0.5,
  unit: 'events',
  async run(mode, log) {
    const concurrency = mode.concurrency ?? 32;
    // About a round's worth at the raw side's pace on the 2-core machine; fewer in a smoke run.
    const count = mode.smoke ? 300 : Math.round(mode.seconds * 300);
    const prefix = `nestmall-bench-${randomBytes(4).toString('hex')}`;
    const db = await createDatabase('events');
    const stops = [() => db.drop()];
    try {
      const system = await startScript(
        'events-outbox',
        join(ROOT, 'bench/lib/events-outbox.mjs'),
        [],
        {
          DATABASE_URL: db.url,
          RABBITMQ_URL,
          PREFIX: `${prefix}-outbox`,
          ROOT,
        },
      );
      stops.push(() => system.stop());
      const raw = await startScript('amqp-raw', join(ROOT, 'bench/baselines/amqp-raw.mjs'), [], {
        RABBITMQ_URL,
        PREFIX: `${prefix}-raw`,
      });
      stops.push(() => raw.stop());
      const command = { op: 'run', count, size: SIZE, concurrency };
      return await alternate(mode, {
        log,
        system: {
          label: 'outbox + relay + consumer',
          description: `${count} events of ${SIZE} B a round, ${concurrency} producers: each appended to the outbox in its own transaction (MariaDB), relayed to RabbitMQ (confirms), consumed with an inbox row per event`,
          concurrency,
          pid: system.child.pid,
          cpuOf: 'the outbox/relay/consumer process (MariaDB and RabbitMQ not counted)',
          warm: () => system.call({ ...command, count: Math.min(count, 300) }),
          measure: () => system.call(command),
          // Statements and commits an event, counted in the process (appends, relay, inbox).
          counters: () => system.call({ op: 'counters' }),
        },
        baseline: {
          label: 'raw amqplib',
          description: `${count} messages of ${SIZE} B a round, ${concurrency} publishers awaiting confirms (persistent, mandatory), one consumer with manual ack (prefetch 16)`,
          concurrency,
          pid: raw.child.pid,
          cpuOf: 'the amqplib process (RabbitMQ not counted)',
          warm: () => raw.call({ ...command, count: Math.min(count, 300) }),
          measure: () => raw.call(command),
        },
      });
    } finally {
      for (const stop of stops.reverse()) await stop().catch((e) => console.error(e.message));
    }
  },
};
