import { ambientManager, inUnitOfWork, traceHeaders, TypeOrmUnitOfWork } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import { OutboxEntity } from './entities.js';
import type { IntegrationEvent } from './integration-event.js';
import type { OutboxRelay } from './outbox-relay.js';

function outboxRow(event: IntegrationEvent, now: number, position: number): OutboxEntity {
  return {
    id: event.id,
    type: event.type,
    body: JSON.stringify(event),
    publishedAtMs: null,
    attempts: 0,
    nextAttemptAtMs: now,
    leaseUntilMs: null,
    leaseToken: null,
    createdAtMs: now,
    position,
  };
}

/**
 * The outbox as repositories use it: events go into the running unit of work (so they commit
 * with the change that caused them, or not at all), and once it commits the relay is nudged to
 * publish them at once rather than at its next interval.
 */
export class Outbox {
  private readonly unitOfWork: TypeOrmUnitOfWork;

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: Pick<OutboxRelay, 'nudge'> | null,
  ) {
    this.unitOfWork = new TypeOrmUnitOfWork(dataSource);
  }

  /** One INSERT for all of them. @throws outside a unit of work: an event commits with its cause */
  async append(events: IntegrationEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (!inUnitOfWork(this.dataSource))
      throw new Error('Outbox.append runs inside a unit of work (an event commits with its cause)');
    const now = Date.now();
    // With tracing on, each event keeps the trace that caused it (W3C traceparent in its headers):
    // the relay's publish and the consumers' handling join that trace.
    const trace = traceHeaders();
    const traced = trace.traceparent
      ? events.map((event) => ({ ...event, headers: { ...trace, ...event.headers } }))
      : events;
    await ambientManager(this.dataSource).insert(
      OutboxEntity,
      traced.map((event, position) => outboxRow(event, now, position)),
    );
    const relay = this.relay;
    if (relay) this.unitOfWork.afterCommit(() => relay.nudge());
  }
}
