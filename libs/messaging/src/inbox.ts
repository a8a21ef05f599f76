import {
  ambientManager,
  contextOfHeaders,
  inSpan,
  inUnitOfWork,
  TypeOrmUnitOfWork,
} from '@nestmall/platform';
import { SpanKind } from '@opentelemetry/api';
import type { DataSource } from 'typeorm';
import type { Subscription } from './event-bus.js';
import type { IntegrationEvent } from './integration-event.js';

/**
 * Records (consumer, event id) in the inbox, in the unit of work running on `dataSource`.
 * Returns false when it was there already: the event was handled before.
 * @throws outside a unit of work: the mark commits with the handler's change
 */
export async function markHandled(
  dataSource: DataSource,
  consumer: string,
  eventId: string,
): Promise<boolean> {
  if (!inUnitOfWork(dataSource))
    throw new Error('markHandled runs inside a unit of work (the mark commits with the change)');
  const sql =
    dataSource.options.type === 'mysql'
      ? 'INSERT IGNORE INTO messaging_inbox (consumer, event_id, handled_at_ms) VALUES (?, ?, ?)'
      : 'INSERT OR IGNORE INTO messaging_inbox (consumer, event_id, handled_at_ms) VALUES (?, ?, ?)';
  const runner = ambientManager(dataSource).queryRunner!;
  const inserted = await runner.query(sql, [consumer, eventId, Date.now()], true);
  return (inserted.affected ?? 0) > 0;
}

/**
 * Runs `handler` for `event` at most once per consumer: the inbox row (consumer, event id) and
 * the handler's change commit in one unit of work. Returns false for a duplicate. With tracing on,
 * a CONSUMER span, child of the span that published the event (its headers' traceparent).
 */
export async function handleOnce(
  dataSource: DataSource,
  consumer: string,
  event: IntegrationEvent,
  handler: Subscription['handler'],
): Promise<boolean> {
  return inSpan(
    `${event.type} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.operation.type': 'process',
        'messaging.destination.name': event.type,
        'messaging.consumer.group.name': consumer,
        'messaging.message.id': event.id,
      },
    },
    async (span) => {
      const handled = await new TypeOrmUnitOfWork(dataSource).run(async () => {
        if (!(await markHandled(dataSource, consumer, event.id))) return false;
        await handler(event);
        return true;
      });
      if (!handled) span.setAttribute('nestmall.duplicate', true);
      return handled;
    },
    contextOfHeaders(event.headers),
  );
}
