import { Logger } from '@nestjs/common';
import { ambientManager, TypeOrmUnitOfWork } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import { DeadLetterEntity } from './entities.js';
import { EventBus, type Subscription } from './event-bus.js';
import { handleOnce, markHandled } from './inbox.js';
import type { IntegrationEvent } from './integration-event.js';

/**
 * The monolith's bus: publishing runs every subscribed handler (each once, through the inbox)
 * before it resolves. A handler that fails fails the publish, so the outbox relay keeps the
 * event and delivers it again later, with backoff; the handlers that did succeed skip it then.
 * After `maxAttempts` failures of one consumer the event is parked for it in
 * messaging_dead_letter (and marked handled for it, so the others flow): the same guarantee as
 * a dead-letter queue, with `npm run dead-letters` to list, show and replay. Attempts are
 * counted in memory: a restart gives a failing event up to `maxAttempts` more.
 */
export class InProcessEventBus extends EventBus {
  private readonly logger = new Logger('InProcessEventBus');
  private readonly subscriptions: Subscription[] = [];
  private readonly failures = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxAttempts = 5,
  ) {
    super();
  }

  async publish(event: IntegrationEvent): Promise<void> {
    const failures: unknown[] = [];
    for (const s of this.subscriptions.filter((s) => s.types.includes(event.type))) {
      const key = `${s.consumer}\n${event.id}`;
      try {
        if (await handleOnce(this.dataSource, s.consumer, event, s.handler)) this.handled();
        else this.stats.duplicates++;
        this.failures.delete(key);
      } catch (error) {
        const attempts = (this.failures.get(key) ?? 0) + 1;
        if (attempts < this.maxAttempts) {
          this.failures.set(key, attempts);
          this.stats.retried++;
          failures.push(error);
          continue;
        }
        await this.deadLetter(s.consumer, event, error, attempts);
        this.failures.delete(key);
      }
    }
    if (failures.length) throw failures[0];
    this.stats.published++;
  }

  async subscribe(subscription: Subscription): Promise<void> {
    this.subscriptions.push(subscription);
  }

  private async deadLetter(
    consumer: string,
    event: IntegrationEvent,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    await new TypeOrmUnitOfWork(this.dataSource).run(async () => {
      await markHandled(this.dataSource, consumer, event.id);
      await ambientManager(this.dataSource).insert(DeadLetterEntity, {
        consumer,
        eventId: event.id,
        type: event.type,
        body: JSON.stringify(event),
        error: reason,
        attempts,
        deadAtMs: Date.now(),
      });
    });
    this.stats.deadLettered++;
    this.logger.error(
      `${consumer}: event ${event.id} (${event.type}) dead-lettered after ${attempts} attempts: ${reason}`,
    );
  }
}
