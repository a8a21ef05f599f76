import type { Metrics, Readiness } from '@nestmall/platform';
import { IsNull, type DataSource } from 'typeorm';
import { DeadLetterEntity, OutboxEntity } from './entities.js';
import type { EventBus, MessagingStats } from './event-bus.js';
import { RabbitMqEventBus } from './rabbitmq-event-bus.js';

const OUTCOMES: Record<keyof MessagingStats, string> = {
  published: 'published',
  handled: 'handled',
  duplicates: 'duplicate',
  retried: 'retried',
  deadLettered: 'dead_lettered',
};

/**
 * The app's messaging as readiness and metrics see it: ready while the RabbitMQ connection is
 * up (split topology; the in-process bus needs nothing); events published, and deliveries
 * handled, absorbed as duplicates, retried or dead-lettered by this app's consumers; the outbox's
 * backlog and the age of its oldest unpublished event; events parked in the dead-letter table.
 */
export function observeMessaging(
  bus: EventBus,
  dataSource: DataSource,
  readiness: Readiness | null,
  metrics: Metrics | null,
): void {
  if (bus instanceof RabbitMqEventBus) readiness?.add('rabbitmq', () => bus.connected());
  if (!metrics) return;
  metrics.countedFrom(
    {
      name: 'nestmall_messages_total',
      help: 'Integration events published by this app, and deliveries its consumers handled, absorbed as duplicates, retried or dead-lettered',
      label: 'outcome',
    },
    () =>
      Object.fromEntries(
        Object.entries(OUTCOMES).map(([key, outcome]) => [
          outcome,
          bus.stats[key as keyof MessagingStats],
        ]),
      ),
  );
  const outbox = () => dataSource.getRepository(OutboxEntity);
  metrics.gauge({
    name: 'nestmall_outbox_backlog',
    // Read from the shared database: every worker of an edge sees the same value.
    aggregator: 'max',
    help: 'Events in the outbox not yet published',
    async collect() {
      this.set(await outbox().countBy({ publishedAtMs: IsNull() }));
    },
  });
  metrics.gauge({
    name: 'nestmall_outbox_oldest_age_seconds',
    // Read from the shared database: every worker of an edge sees the same value.
    aggregator: 'max',
    help: 'Age of the oldest event in the outbox not yet published (0 when there is none)',
    async collect() {
      const oldest = await outbox().findOne({
        where: { publishedAtMs: IsNull() },
        order: { createdAtMs: 'ASC' },
        select: { id: true, createdAtMs: true },
      });
      this.set(oldest ? Math.max(0, Date.now() - Number(oldest.createdAtMs)) / 1000 : 0);
    },
  });
  metrics.gauge({
    name: 'nestmall_dead_letters',
    // Read from the shared database: every worker of an edge sees the same value.
    aggregator: 'max',
    help: 'Events parked in the dead-letter table of this app (in-process bus; RabbitMQ parks them in dead-letter queues)',
    async collect() {
      this.set(await dataSource.getRepository(DeadLetterEntity).count());
    },
  });
}
