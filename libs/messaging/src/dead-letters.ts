import amqplib, { type ConfirmChannel, type GetMessage } from 'amqplib';
import { runInTransaction } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import { DeadLetterEntity, InboxEntity, OutboxEntity } from './entities.js';
import type { IntegrationEvent } from './integration-event.js';
import { consumerQueues } from './rabbitmq-event-bus.js';

/** One event a consumer gave up on, as an operator sees it. */
export interface DeadLetter {
  consumer: string;
  event_id: string;
  type: string;
  attempts: number;
  /** The last error's message. */
  error: string;
  occurred_at: string;
  event: IntegrationEvent;
}

/**
 * The operator's view of dead letters: list them, show one, replay some (the consumer gets them
 * again as if new; its inbox still absorbs what it did handle). Over RabbitMQ they are the
 * consumers' `.dead` queues; in the monolith the messaging_dead_letter table.
 */
export interface DeadLetters {
  list(consumer?: string): Promise<DeadLetter[]>;
  show(consumer: string, eventId: string): Promise<DeadLetter | null>;
  /** Replays the given events of `consumer` (or all of them); resolves with how many. */
  replay(consumer: string, eventIds: string[] | 'all'): Promise<number>;
  close(): Promise<void>;
}

const ATTEMPTS = 'x-nestmall-attempts';
const ERROR = 'x-nestmall-error';
/** Reads at most this many dead letters of one queue per command. */
const MAX_READ = 10_000;

/**
 * Dead letters in RabbitMQ: each consumer's `<prefix>.<consumer>.dead` queue. Listing reads the
 * messages without acknowledging them and closes the channel, so they go back where they were.
 * Replaying publishes a copy to the consumer's main queue (attempts reset), waits for the
 * broker's confirm, and only then removes the dead letter: a crash in between replays it twice
 * at worst, and the inbox absorbs the second.
 */
export class RabbitMqDeadLetters implements DeadLetters {
  private connection?: Awaited<ReturnType<typeof amqplib.connect>>;

  constructor(
    private readonly url: string,
    private readonly prefix: string,
    /** The consumers `list()` looks at when none is named. */
    private readonly consumers: string[],
    private readonly maxAttempts = 5,
  ) {}

  async list(consumer?: string): Promise<DeadLetter[]> {
    const found: DeadLetter[] = [];
    for (const name of consumer ? [consumer] : this.consumers) {
      await this.withQueue(name, async (channel, dead) => {
        for (const message of await drain(channel, dead)) found.push(toDeadLetter(name, message));
      });
    }
    return found;
  }

  async show(consumer: string, eventId: string): Promise<DeadLetter | null> {
    return (await this.list(consumer)).find((d) => d.event_id === eventId) ?? null;
  }

  async replay(consumer: string, eventIds: string[] | 'all'): Promise<number> {
    const queues = consumerQueues(this.prefix, consumer, this.maxAttempts);
    let replayed = 0;
    await this.withQueue(consumer, async (channel, dead) => {
      for (const message of await drain(channel, dead)) {
        const id = String(message.properties.messageId ?? '');
        if (eventIds !== 'all' && !eventIds.includes(id)) continue;
        const {
          [ATTEMPTS]: _attempts,
          [ERROR]: _error,
          'x-death': _death,
          ...headers
        } = message.properties.headers ?? {};
        channel.sendToQueue(queues.main, message.content, {
          ...message.properties,
          headers: { ...headers, 'x-nestmall-replayed-at': new Date().toISOString() },
          persistent: true,
        });
        await channel.waitForConfirms();
        channel.ack(message);
        replayed++;
      }
    });
    return replayed;
  }

  async close(): Promise<void> {
    await this.connection?.close();
    this.connection = undefined;
  }

  /** A confirm channel for one consumer's dead-letter queue; closing it requeues unacked reads. */
  private async withQueue(
    consumer: string,
    work: (channel: ConfirmChannel, dead: string) => Promise<void>,
  ): Promise<void> {
    if (!this.connection) {
      this.connection = await amqplib.connect(this.url);
      // A missing queue closes its channel with 404; that is an answer here, not a crash.
      this.connection.on('error', () => undefined);
    }
    const dead = consumerQueues(this.prefix, consumer, this.maxAttempts).dead;
    const channel = await this.connection.createConfirmChannel();
    channel.on('error', () => undefined);
    try {
      await channel.checkQueue(dead);
    } catch {
      return; // no such queue: that consumer never ran under this prefix (the channel closed)
    }
    try {
      await work(channel, dead);
    } finally {
      await channel.close().catch(() => undefined);
    }
  }
}

async function drain(channel: ConfirmChannel, queue: string): Promise<GetMessage[]> {
  const messages: GetMessage[] = [];
  while (messages.length < MAX_READ) {
    const message = await channel.get(queue, { noAck: false });
    if (!message) break;
    messages.push(message);
  }
  return messages;
}

function toDeadLetter(consumer: string, message: GetMessage): DeadLetter {
  const event = JSON.parse(message.content.toString()) as IntegrationEvent;
  const headers = message.properties.headers ?? {};
  return {
    consumer,
    event_id: event.id,
    type: event.type,
    attempts: Number(headers[ATTEMPTS] ?? 0),
    error: String(headers[ERROR] ?? ''),
    occurred_at: event.occurred_at,
    event,
  };
}

/**
 * Dead letters of the in-process bus (the monolith): the messaging_dead_letter table. Replaying
 * removes the dead letter and the consumer's inbox mark, and puts the event back in the outbox
 * (same id): the running app's relay delivers it again, every other consumer absorbs it as a
 * duplicate, and the one that gave up handles it.
 */
export class DatabaseDeadLetters implements DeadLetters {
  constructor(private readonly dataSource: DataSource) {}

  async list(consumer?: string): Promise<DeadLetter[]> {
    const rows = await this.dataSource.getRepository(DeadLetterEntity).find({
      where: consumer ? { consumer } : {},
      order: { deadAtMs: 'ASC' },
    });
    return rows.map(rowToDeadLetter);
  }

  async show(consumer: string, eventId: string): Promise<DeadLetter | null> {
    const row = await this.dataSource
      .getRepository(DeadLetterEntity)
      .findOneBy({ consumer, eventId });
    return row ? rowToDeadLetter(row) : null;
  }

  async replay(consumer: string, eventIds: string[] | 'all'): Promise<number> {
    const targets = (await this.list(consumer)).filter(
      (d) => eventIds === 'all' || eventIds.includes(d.event_id),
    );
    for (const dead of targets) {
      await runInTransaction(this.dataSource, async (m) => {
        await m.delete(DeadLetterEntity, { consumer, eventId: dead.event_id });
        await m.delete(InboxEntity, { consumer, eventId: dead.event_id });
        const now = Date.now();
        const again = {
          publishedAtMs: null,
          attempts: 0,
          nextAttemptAtMs: now,
          leaseUntilMs: null,
          leaseToken: null,
        };
        const updated = await m.update(OutboxEntity, { id: dead.event_id }, again);
        if ((updated.affected ?? 0) === 0) {
          await m.insert(OutboxEntity, {
            id: dead.event_id,
            type: dead.type,
            body: JSON.stringify(dead.event),
            ...again,
            createdAtMs: now,
          });
        }
      });
    }
    return targets.length;
  }

  async close(): Promise<void> {
    // The caller owns the DataSource.
  }
}

function rowToDeadLetter(row: DeadLetterEntity): DeadLetter {
  const event = JSON.parse(row.body) as IntegrationEvent;
  return {
    consumer: row.consumer,
    event_id: row.eventId,
    type: row.type,
    attempts: Number(row.attempts),
    error: row.error,
    occurred_at: event.occurred_at,
    event,
  };
}
