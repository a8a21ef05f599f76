// The baseline of `events`: raw amqplib, as little as a durable message needs. One connection,
// a confirm channel publishing persistent messages (mandatory) to a topic exchange bound to one
// durable queue, and a consumer on its own channel (prefetch 16, manual ack). JSON-line commands
// on stdin (see lib/processes.mjs startScript):
//
//   {"op":"run","count":5000,"size":256,"concurrency":32}
//     `concurrency` loops publish `count` messages of `size` bytes in all, each awaiting its
//     broker confirm; answers once the consumer acked every one: the time from the first publish
//     to the last ack, and each message's latency (publish -> consumed).
//
// Env: RABBITMQ_URL, PREFIX (the exchange and queue are named with it; deleted on SIGTERM).
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import amqplib from 'amqplib';

const prefix = process.env.PREFIX ?? `nestmall-bench-raw-${process.pid}`;
const exchange = `${prefix}.raw-events`;
const queue = `${prefix}.raw-consumer`;
const connection = await amqplib.connect(
  process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
);
const publisher = await connection.createConfirmChannel();
await publisher.assertExchange(exchange, 'topic', { durable: true });
const consumer = await connection.createChannel();
await consumer.assertQueue(queue, { durable: true });
await consumer.bindQueue(queue, exchange, 'BenchEvent');
await consumer.prefetch(16);

let waiting = null;
await consumer.consume(
  queue,
  (message) => {
    const sentAt = Number(message.properties.headers['x-sent-at']);
    consumer.ack(message);
    if (waiting) waiting.consumed(performance.now() - sentAt);
  },
  { noAck: false },
);

async function run({ count, size, concurrency }) {
  const body = Buffer.alloc(size, 'x');
  const latencies = [];
  let left = count;
  const start = performance.now();
  const all = new Promise((resolve) => {
    waiting = {
      consumed(ms) {
        latencies.push(Math.round(ms * 1000) / 1000);
        if (latencies.length === count) resolve();
      },
    };
  });
  const loop = async () => {
    while (left > 0) {
      left--;
      await new Promise((resolve, reject) =>
        publisher.publish(
          exchange,
          'BenchEvent',
          body,
          {
            persistent: true,
            mandatory: true,
            contentType: 'application/json',
            headers: { 'x-sent-at': performance.now() },
          },
          (error) => (error ? reject(error) : resolve()),
        ),
      );
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
      send(await run(JSON.parse(line)));
    } catch (error) {
      send({ error: error.message });
    }
  });
});
const stop = async () => {
  await consumer.deleteQueue(queue).catch(() => undefined);
  await publisher.deleteExchange(exchange).catch(() => undefined);
  await connection.close().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
