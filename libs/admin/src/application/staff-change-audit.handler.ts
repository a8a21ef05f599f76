import { Injectable } from '@nestjs/common';
import {
  CATALOG_CHANGED,
  CONSUMERS,
  MARKETING_CHANGED,
  STOCK_CHANGED,
  type StaffChangePayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { AuditLog } from '../domain/audit-log.js';

/**
 * CatalogChanged, MarketingChanged, StockChanged -> one entry in the audit log, once (the bus's
 * inbox). The catalog, the marketing and the inventory contexts write the event in the same
 * transaction as their change (they may be hosted apart from the admin context, on their own
 * databases), so every change is audited, with who did it and the entity before and after, even
 * when a process dies between the change and the entry; the entry keeps the time of the change.
 */
@Injectable()
export class StaffChangeAuditHandler extends IntegrationEventHandler<StaffChangePayload> {
  readonly consumer = CONSUMERS.adminAudit;
  readonly types = [CATALOG_CHANGED, MARKETING_CHANGED, STOCK_CHANGED];

  constructor(
    bus: EventBus,
    private readonly audit: AuditLog,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<StaffChangePayload>): Promise<void> {
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
