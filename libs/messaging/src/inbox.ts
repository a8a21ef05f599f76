import { runInTransaction } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import type { EventHandler } from './event-bus.js';
import type { IntegrationEvent } from './integration-event.js';

/**
 * Runs `handler` for `event` at most once per consumer: the inbox row (consumer, event id) and
 * the handler's change commit in one local transaction. Returns false for a duplicate.
 */
export async function handleOnce(
  dataSource: DataSource,
  consumer: string,
  event: IntegrationEvent,
  handler: EventHandler,
): Promise<boolean> {
  return runInTransaction(dataSource, async (manager) => {
    const mysql = dataSource.options.type === 'mysql';
    const sql = mysql
      ? 'INSERT IGNORE INTO messaging_inbox (consumer, event_id, handled_at_ms) VALUES (?, ?, ?)'
      : 'INSERT OR IGNORE INTO messaging_inbox (consumer, event_id, handled_at_ms) VALUES (?, ?, ?)';
    const inserted = await manager.queryRunner!.query(sql, [consumer, event.id, Date.now()], true);
    if ((inserted.affected ?? 0) === 0) return false;
    await handler(event, manager);
    return true;
  });
}
