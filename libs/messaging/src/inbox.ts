import { ambientManager, TypeOrmUnitOfWork } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { Subscription } from './event-bus.js';
import type { IntegrationEvent } from './integration-event.js';

/**
 * Records (consumer, event id) in the inbox inside `manager`'s transaction. Returns false when
 * it was there already: the event was handled before.
 */
export async function markHandled(
  manager: EntityManager,
  consumer: string,
  eventId: string,
): Promise<boolean> {
  const mysql = manager.connection.options.type === 'mysql';
  const sql = mysql
    ? 'INSERT IGNORE INTO messaging_inbox (consumer, event_id, handled_at_ms) VALUES (?, ?, ?)'
    : 'INSERT OR IGNORE INTO messaging_inbox (consumer, event_id, handled_at_ms) VALUES (?, ?, ?)';
  const inserted = await manager.queryRunner!.query(sql, [consumer, eventId, Date.now()], true);
  return (inserted.affected ?? 0) > 0;
}

/**
 * Runs `handler` for `event` at most once per consumer: the inbox row (consumer, event id) and
 * the handler's change commit in one unit of work. Returns false for a duplicate.
 */
export async function handleOnce(
  dataSource: DataSource,
  consumer: string,
  event: IntegrationEvent,
  handler: Subscription['handler'],
): Promise<boolean> {
  return new TypeOrmUnitOfWork(dataSource).run(async () => {
    const manager = ambientManager(dataSource);
    if (!(await markHandled(manager, consumer, event.id))) return false;
    await handler(event, manager);
    return true;
  });
}
