import { randomBytes } from 'node:crypto';
import amqplib, { type Channel } from 'amqplib';
import {
  InboxEntity,
  MESSAGING_MIGRATIONS,
  OutboxEntity,
  QUORUM_DELIVERY_LIMIT,
  RabbitMqEventBus,
  consumerQueues,
  deleteBrokerObjects,
  newEvent,
  queueArguments,
} from '@nestmall/messaging';
import { databaseOptions } from '@nestmall/platform';
import { DataSource } from 'typeorm';
import { mariadbDatabase } from './support/databases.js';
import { RABBITMQ_URL, rabbitmqAvailable } from './support/rabbitmq.js';

/**
 * RABBITMQ_QUEUE_TYPE=quorum against the real broker: the consumers' queues are declared as quorum
 * queues (replicated in a RabbitMQ cluster; one node here) and the retry/dead-letter topology that
 * test/messaging.e2e-spec.ts proves on classic queues works on them: per-queue TTL retry queues
 * dead-lettering back to the main queue, our attempts header, the dead-letter queue, and the
 * broker's own delivery limit for a message that is only ever requeued.
 */
const database = (await rabbitmqAvailable('the quorum-queue e2e suite'))
  ? await mariadbDatabase('nestmall_quorum_e2e')
  : null;

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Whether redeclaring `queue` with `args` is refused (PRECONDITION_FAILED: other arguments). */
async function refusesRedeclare(
  connection: amqplib.ChannelModel,
  queue: string,
  args: Record<string, unknown>,
): Promise<boolean> {
  const channel = await connection.createChannel();
  channel.on('error', () => undefined);
  try {
    await channel.assertQueue(queue, { durable: true, arguments: args });
    await channel.close();
    return false;
  } catch (error) {
    return /PRECONDITION_FAILED/.test(String(error));
  }
}

if (!database) {
  it.skip('quorum queues: no RabbitMQ or MariaDB, see the warning above', () => undefined);
} else {
  describe('the consumers on quorum queues (RABBITMQ_QUEUE_TYPE=quorum)', () => {
    const prefix = `nestmall-quorum-${randomBytes(4).toString('hex')}`;
    let dataSource: DataSource;
    let bus: RabbitMqEventBus;
    let connection: amqplib.ChannelModel;
    const handled: string[] = [];
    const poisonTries: number[] = [];

    beforeAll(async () => {
      dataSource = await new DataSource(
        databaseOptions({
          url: database.url,
          entities: [OutboxEntity, InboxEntity],
          migrations: MESSAGING_MIGRATIONS,
        }),
      ).initialize();
      bus = new RabbitMqEventBus(
        { url: RABBITMQ_URL, prefix, maxAttempts: 3, prefetch: 8, queueType: 'quorum' },
        dataSource,
      );
      await bus.subscribe({
        consumer: 'counter',
        types: ['Good', 'Poison'],
        handler: async (event) => {
          if (event.type === 'Poison') {
            poisonTries.push(Date.now());
            throw new Error('cannot digest this');
          }
          handled.push(event.id);
        },
      });
      await bus.ready();
      connection = await amqplib.connect(RABBITMQ_URL);
    });

    afterAll(async () => {
      await connection?.close();
      await bus?.onApplicationShutdown();
      await deleteBrokerObjects(RABBITMQ_URL, prefix, ['counter', 'limit']);
      await dataSource?.destroy();
      await database.drop();
    });

    it('declares every queue of the consumer as a quorum queue', async () => {
      const q = bus.queueOf('counter');
      const args = queueArguments('quorum', q);
      // The same arguments are accepted (the queue exists as declared) ...
      expect(await refusesRedeclare(connection, q.main, args.main)).toBe(false);
      expect(await refusesRedeclare(connection, q.dead, args.dead)).toBe(false);
      // ... a classic declaration of the same names is refused: they are quorum queues.
      for (const name of [q.main, q.dead, ...q.retries.map((r) => r.queue)])
        expect(await refusesRedeclare(connection, name, { 'x-queue-type': 'classic' })).toBe(true);
    });

    it('handles events, and parks a poison message in .dead after 3 attempts via the retry queues', async () => {
      const good = newEvent('Good', {});
      const poison = newEvent('Poison', {});
      await bus.publish(good);
      await bus.publish(poison);
      const channel: Channel = await connection.createChannel();
      const dead = bus.queueOf('counter').dead;
      await until(
        async () => (await channel.checkQueue(dead)).messageCount === 1,
        15_000,
        'the poison message in the dead-letter queue',
      );
      expect(handled).toEqual([good.id]);
      expect(poisonTries).toHaveLength(3);
      // It waited in the retry queues (200 ms, then 400 ms) between attempts.
      expect(poisonTries[1] - poisonTries[0]).toBeGreaterThanOrEqual(150);
      expect(poisonTries[2] - poisonTries[1]).toBeGreaterThanOrEqual(350);
      const letter = await channel.get(dead, { noAck: false });
      expect(letter && JSON.parse(letter.content.toString())).toMatchObject({ id: poison.id });
      expect(letter && letter.properties.headers).toMatchObject({
        'x-nestmall-attempts': 3,
        'x-nestmall-error': 'cannot digest this',
      });
      channel.nack(letter as amqplib.GetMessage, false, true);
      await channel.close();
      expect(bus.stats).toMatchObject({ retried: 2, deadLettered: 1 });
    });

    it('dead-letters a message that is only ever requeued after the delivery limit', async () => {
      // What the bus does when it cannot even park a message: nack with requeue. On a classic
      // queue that loops for ever; the quorum main queue's x-delivery-limit ends it in .dead.
      const q = consumerQueues(prefix, 'limit', 3);
      const args = queueArguments('quorum', q);
      const channel = await connection.createChannel();
      await channel.assertQueue(q.dead, { durable: true, arguments: args.dead });
      await channel.assertQueue(q.main, { durable: true, arguments: args.main });
      channel.sendToQueue(q.main, Buffer.from('stuck'), { persistent: true });
      let deliveries = 0;
      for (let i = 0; i < QUORUM_DELIVERY_LIMIT + 5; i++) {
        const message = await channel.get(q.main, { noAck: false });
        if (!message) break;
        deliveries++;
        channel.nack(message, false, true);
        await new Promise((r) => setTimeout(r, 5));
      }
      await until(
        async () => (await channel.checkQueue(q.dead)).messageCount === 1,
        5_000,
        'the requeued message in .dead',
      );
      expect(deliveries).toBeGreaterThanOrEqual(QUORUM_DELIVERY_LIMIT);
      expect(deliveries).toBeLessThanOrEqual(QUORUM_DELIVERY_LIMIT + 1);
      expect((await channel.checkQueue(q.main)).messageCount).toBe(0);
      await channel.close();
    });
  });
}
