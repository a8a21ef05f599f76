import amqplib from 'amqplib';
import { consumerQueues } from './rabbitmq-event-bus.js';

/** The most MESSAGE_MAX_ATTEMPTS allows, so every retry queue there can be is named. */
const MOST_ATTEMPTS = 50;

/**
 * Deletes what the RabbitMQ bus of `prefix` declares: the topic exchange `<prefix>.events` and,
 * for each consumer, its queue, its retry queues and its dead-letter queue. The queues are durable
 * and outlive the apps, so a run under its own prefix (tests, benchmarks, `start:split`) ends
 * with this. Deleting a queue that does not exist is not an error in RabbitMQ. Messages still in
 * the queues, dead letters included, are deleted with them.
 */
export async function deleteBrokerObjects(
  url: string,
  prefix: string,
  consumers: readonly string[],
): Promise<{ queues: number }> {
  const connection = await amqplib.connect(url);
  try {
    const channel = await connection.createChannel();
    let queues = 0;
    for (const consumer of consumers) {
      const q = consumerQueues(prefix, consumer, MOST_ATTEMPTS);
      for (const name of [q.main, q.dead, ...q.retries.map((r) => r.queue)]) {
        await channel.deleteQueue(name);
        queues++;
      }
    }
    await channel.deleteExchange(`${prefix}.events`);
    return { queues };
  } finally {
    await connection.close();
  }
}
