import type { EntityManager } from 'typeorm';
import { OutboxEntity } from './entities.js';
import type { IntegrationEvent } from './integration-event.js';

/** Writes `event` to the outbox inside the caller's local transaction (`manager`). */
export async function appendToOutbox(
  manager: EntityManager,
  event: IntegrationEvent,
): Promise<void> {
  const now = Date.now();
  await manager.insert(OutboxEntity, {
    id: event.id,
    type: event.type,
    body: JSON.stringify(event),
    publishedAtMs: null,
    attempts: 0,
    nextAttemptAtMs: now,
    leaseUntilMs: null,
    createdAtMs: now,
  });
}
