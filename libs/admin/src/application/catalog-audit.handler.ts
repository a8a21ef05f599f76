import { Injectable } from '@nestjs/common';
import { CATALOG_CHANGED, CONSUMERS, type CatalogChangedPayload } from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { AuditLog } from '../domain/audit-log.js';

/**
 * CatalogChanged -> one entry in the audit log, once (the bus's inbox). The catalog writes the
 * event in the same transaction as its change (it may be hosted apart from the admin context), so
 * every catalog change is audited, with who did it and the product before and after; the entry
 * keeps the time of the change.
 */
@Injectable()
export class CatalogAuditHandler extends IntegrationEventHandler<CatalogChangedPayload> {
  readonly consumer = CONSUMERS.adminCatalogAudit;
  readonly types = [CATALOG_CHANGED];

  constructor(
    bus: EventBus,
    private readonly audit: AuditLog,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<CatalogChangedPayload>): Promise<void> {
    const p = event.payload;
    if (typeof p.action !== 'string' || typeof p.entity_id !== 'string')
      throw new Error(`${event.type} ${event.id} carries no action or entity`);
    await this.audit.record({
      actorId: p.actor_id,
      actorEmail: p.actor_email,
      action: p.action,
      entityType: p.entity_type,
      entityId: p.entity_id,
      before: p.before ?? null,
      after: p.after ?? null,
      at: new Date(event.occurred_at),
    });
  }
}
