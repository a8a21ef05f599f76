import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import amqp, { type AmqpConnectionManager, type ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { ChatFanout, type Push } from '../application/chat-fanout.js';

/**
 * The pushes of every IM replica over RabbitMQ: a fanout exchange `<prefix>.im.fanout`, and per
 * replica an exclusive, auto-deleted queue bound to it (declared again after a reconnection), so
 * each replica hears every push and sends it to the connections it holds. Pushes are transient:
 * what a connection misses while it is away it reads on reconnect from the database.
 */
export class RabbitMqChatFanout extends ChatFanout implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ImFanout');
  private readonly listeners: ((push: Push) => void)[] = [];
  private readonly exchange: string;
  private connection?: AmqpConnectionManager;
  private publisher?: ChannelWrapper;
  private consumer?: ChannelWrapper;

  constructor(
    private readonly url: string,
    prefix: string,
  ) {
    super();
    this.exchange = `${prefix}.im.fanout`;
  }

  async onModuleInit(): Promise<void> {
    this.connection = amqp.connect([this.url], { heartbeatIntervalInSeconds: 5 });
    this.connection.on('disconnect', ({ err }) =>
      this.logger.warn(`disconnected from RabbitMQ: ${err?.message ?? 'closed'}`),
    );
    const exchange = this.exchange;
    this.publisher = this.connection.createChannel({
      json: false,
      setup: (ch: ConfirmChannel) => ch.assertExchange(exchange, 'fanout', { durable: false }),
    });
    this.consumer = this.connection.createChannel({
      json: false,
      setup: async (ch: ConfirmChannel) => {
        await ch.assertExchange(exchange, 'fanout', { durable: false });
        const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
        await ch.bindQueue(queue, exchange, '');
        await ch.consume(queue, (message) => this.deliver(message), { noAck: true });
      },
    });
    await Promise.all([this.publisher.waitForConnect(), this.consumer.waitForConnect()]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer?.close();
    await this.publisher?.close();
    await this.connection?.close();
  }

  async publish(push: Push): Promise<void> {
    if (!this.publisher) throw new Error('the IM fanout is not started');
    await this.publisher.publish(this.exchange, '', Buffer.from(JSON.stringify(push)), {
      contentType: 'application/json',
    });
  }

  subscribe(listener: (push: Push) => void): void {
    this.listeners.push(listener);
  }

  private deliver(message: ConsumeMessage | null): void {
    if (!message) return;
    let push: Push;
    try {
      push = JSON.parse(message.content.toString('utf8')) as Push;
    } catch {
      this.logger.warn('a push that is not JSON was dropped');
      return;
    }
    for (const listener of this.listeners) listener(push);
  }
}
