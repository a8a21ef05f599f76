import { Logger, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import amqp, { type AmqpConnectionManager, type ChannelWrapper } from 'amqp-connection-manager';
import type { DataSource } from 'typeorm';
import { EventBus, type Subscription } from './event-bus.js';
import { handleOnce } from './inbox.js';
import type { IntegrationEvent } from './integration-event.js';

export interface RabbitMqOptions {
  url: string;
  /** Names the exchange (`<prefix>.events`) and every queue (`<prefix>.<consumer>...`). */
  prefix: string;
  /** Attempts before a message is parked in `<prefix>.<consumer>.dead`. */
  maxAttempts: number;
  prefetch: number;
  /**
   * The consumers' queues: `classic` (one node's) or `quorum` (replicated over the cluster's
   * nodes by Raft: what a three-node RabbitMQ in Kubernetes wants). Default classic.
   */
  queueType?: QueueType;
}

export type QueueType = 'classic' | 'quorum';

/**
 * How many times the broker itself redelivers a message to a quorum queue's consumer (a nack
 * with requeue, or a consumer that died holding it) before it dead-letters it to `.dead`. Our own
 * attempts go through the retry queues and are counted in a header; this only bounds a message
 * that could not even be parked (the channel failed under it), which a classic queue would loop
 * on forever.
 */
export const QUORUM_DELIVERY_LIMIT = 20;

/**
 * The arguments of a consumer's queues of `type`: for quorum, `x-queue-type` on every one (the
 * retry queues' per-queue TTL and dead-lettering work on quorum queues since RabbitMQ 3.10), and
 * on the main queue a delivery limit whose overflow goes to the dead-letter queue. A queue keeps
 * its type: redeclaring it with another fails (PRECONDITION_FAILED), so switching a running
 * prefix from classic to quorum means draining and deleting its queues first (docs/deploy.md).
 */
export function queueArguments(
  type: QueueType,
  queues: ReturnType<typeof consumerQueues>,
): {
  main: Record<string, unknown>;
  retry: (delayMs: number) => Record<string, unknown>;
  dead: Record<string, unknown>;
} {
  const typed = type === 'quorum' ? { 'x-queue-type': 'quorum' } : {};
  return {
    main:
      type === 'quorum'
        ? {
            ...typed,
            'x-delivery-limit': QUORUM_DELIVERY_LIMIT,
            'x-dead-letter-exchange': '',
            'x-dead-letter-routing-key': queues.dead,
          }
        : {},
    retry: (delayMs) => ({
      ...typed,
      'x-message-ttl': delayMs,
      'x-dead-letter-exchange': '',
      'x-dead-letter-routing-key': queues.main,
    }),
    dead: typed,
  };
}

const ATTEMPTS = 'x-nestmall-attempts';

/** How long a message waits before its attempt `n + 1` (n = failed attempts so far). */
export function retryDelayMs(n: number): number {
  return Math.min(200 * 2 ** (n - 1), 30_000);
}

/**
 * A consumer's queues: `main` (bound to its event types), one retry queue per backoff step
 * (`<main>.retry.<ms>`: a fixed TTL per queue, so a short wait never queues behind a long one;
 * expired messages dead-letter back to `main`), and `dead` for what keeps failing.
 */
export function consumerQueues(
  prefix: string,
  consumer: string,
  maxAttempts: number,
): { main: string; dead: string; retries: { delayMs: number; queue: string }[] } {
  const main = `${prefix}.${consumer}`;
  const delays = [
    ...new Set(Array.from({ length: maxAttempts - 1 }, (_, i) => retryDelayMs(i + 1))),
  ];
  return {
    main,
    dead: `${main}.dead`,
    retries: delays.map((delayMs) => ({ delayMs, queue: `${main}.retry.${delayMs}` })),
  };
}

/**
 * Integration events over RabbitMQ (amqp-connection-manager reconnects by itself): a durable
 * topic exchange, persistent messages, publisher confirms. Each consumer has its own durable
 * queue bound to its event types, retry queues (a message waits in the one of its backoff step,
 * exponentially longer each attempt, then dead-letters back) and a dead-letter queue for those
 * that keep failing (`npm run dead-letters` lists, shows and replays them). A message
 * is acked only after its handler's transaction (with the inbox row) has committed, or after it
 * was durably moved to the retry or dead-letter queue.
 */
export class RabbitMqEventBus
  extends EventBus
  implements BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('RabbitMq');
  private readonly connection: AmqpConnectionManager;
  private readonly publisher: ChannelWrapper;
  private readonly consumers: ChannelWrapper[] = [];
  /** Message ids the broker returned as unroutable (basic.return comes before the confirm). */
  private readonly returned = new Set<string>();
  readonly exchange: string;
  /** The relay's whole batch on the confirm channel at once: confirms come back pipelined. */
  override readonly publishesInFlight = 1_000;
  /** Messages being handled now (a graceful stop waits for them). */
  private inFlight = 0;

  constructor(
    private readonly options: RabbitMqOptions,
    private readonly dataSource: DataSource | null,
  ) {
    super();
    this.exchange = `${options.prefix}.events`;
    this.connection = amqp.connect([options.url], {
      heartbeatIntervalInSeconds: 5,
      reconnectTimeInSeconds: 1,
    });
    this.connection.on('disconnect', ({ err }) =>
      this.logger.warn(`disconnected from RabbitMQ: ${err?.message ?? 'closed'}`),
    );
    this.publisher = this.connection.createChannel({
      name: 'publisher',
      confirm: true,
      publishTimeout: 10_000,
      setup: async (channel: ConfirmChannel) => {
        channel.on('return', (message: ConsumeMessage) =>
          this.returned.add(String(message.properties.messageId)),
        );
        await channel.assertExchange(this.exchange, 'topic', { durable: true });
      },
    });
  }

  /**
   * Resolves once the broker confirmed the event into at least one queue. `mandatory` makes an
   * event no queue is bound for come back instead of vanishing: that publish fails, and the relay
   * keeps the event in the outbox until its consumer has declared its queue.
   */
  async publish(event: IntegrationEvent): Promise<void> {
    await this.publisher.publish(this.exchange, event.type, Buffer.from(JSON.stringify(event)), {
      persistent: true,
      mandatory: true,
      messageId: event.id,
      type: event.type,
      contentType: 'application/json',
      headers: event.headers,
    });
    if (this.returned.delete(event.id)) throw new Error(`no queue is bound for ${event.type} yet`);
    this.stats.published++;
  }

  /** Resolves once every consumer is connected and its queues are declared (for tests). */
  async ready(): Promise<void> {
    await Promise.all([this.publisher, ...this.consumers].map((c) => c.waitForConnect()));
  }

  /** Resolves while the connection to RabbitMQ is up (the readiness probe). */
  async connected(): Promise<void> {
    if (!this.connection.isConnected()) throw new Error('not connected to RabbitMQ');
  }

  queueOf(consumer: string): ReturnType<typeof consumerQueues> {
    return consumerQueues(this.options.prefix, consumer, this.options.maxAttempts);
  }

  async subscribe(subscription: Subscription): Promise<void> {
    if (!this.dataSource) throw new Error('a consumer needs the database (for its inbox)');
    const queues = this.queueOf(subscription.consumer);
    const channel = this.connection.createChannel({
      name: `consumer ${subscription.consumer}`,
      confirm: true,
      setup: async (ch: ConfirmChannel) => {
        await ch.assertExchange(this.exchange, 'topic', { durable: true });
        const args = queueArguments(this.options.queueType ?? 'classic', queues);
        await ch.assertQueue(queues.main, { durable: true, arguments: args.main });
        for (const retry of queues.retries) {
          await ch.assertQueue(retry.queue, {
            durable: true,
            arguments: args.retry(retry.delayMs),
          });
        }
        await ch.assertQueue(queues.dead, { durable: true, arguments: args.dead });
        for (const type of subscription.types) await ch.bindQueue(queues.main, this.exchange, type);
        await ch.prefetch(this.options.prefetch);
      },
    });
    this.consumers.push(channel);
    await channel.waitForConnect();
    await channel.consume(
      queues.main,
      // onMessage settles every message itself; what could still escape (the channel closing
      // under a nack) is logged, and the broker redelivers the unacked message.
      (message) => {
        this.inFlight++;
        this.onMessage(channel, subscription, message)
          .catch((error: unknown) => this.logger.warn(`${subscription.consumer}: ${String(error)}`))
          .finally(() => this.inFlight--);
      },
      { noAck: false },
    );
  }

  private async onMessage(
    channel: ChannelWrapper,
    subscription: Subscription,
    message: ConsumeMessage,
  ): Promise<void> {
    const queues = this.queueOf(subscription.consumer);
    const attempts = Number(message.properties.headers?.[ATTEMPTS] ?? 0) + 1;
    try {
      const event = JSON.parse(message.content.toString()) as IntegrationEvent;
      const done = await handleOnce(
        this.dataSource!,
        subscription.consumer,
        event,
        subscription.handler,
      );
      if (done) this.handled();
      else this.stats.duplicates++;
      channel.ack(message);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const headers = {
        ...message.properties.headers,
        [ATTEMPTS]: attempts,
        'x-nestmall-error': reason.slice(0, 300),
      };
      const properties = { ...message.properties, headers, persistent: true };
      try {
        if (attempts >= this.options.maxAttempts) {
          this.logger.error(
            `${subscription.consumer}: ${message.properties.messageId} dead-lettered after ${attempts} attempts: ${reason}`,
          );
          await channel.sendToQueue(queues.dead, message.content, properties);
          this.stats.deadLettered++;
        } else {
          const delay = retryDelayMs(attempts);
          const retry = queues.retries.find((r) => r.delayMs === delay)!;
          await channel.sendToQueue(retry.queue, message.content, properties);
          this.stats.retried++;
        }
        channel.ack(message);
      } catch {
        channel.nack(message, false, true); // could not park it: let the broker deliver it again
      }
    }
  }

  /**
   * Graceful stop (SIGTERM): no new deliveries (the consumers are cancelled; the broker keeps
   * what was not delivered, and redelivers what was delivered but not acked), then the messages
   * being handled finish and are acked before the connection closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.cancelAll().catch(() => undefined)));
    while (this.inFlight > 0) await new Promise((r) => setTimeout(r, 20));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [this.publisher, ...this.consumers].map((c) => c.close().catch(() => undefined)),
    );
    await this.connection.close();
  }
}
