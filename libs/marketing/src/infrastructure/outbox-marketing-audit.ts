import { Injectable } from '@nestjs/common';
import { MARKETING_CHANGED, type StaffChangePayload } from '@nestmall/contracts';
import { newEvent, Outbox } from '@nestmall/messaging';
import { MarketingAudit, type MarketingChange } from '../application/marketing-audit.js';

/** MarketingChanged into the outbox, in the caller's transaction (consumed by the admin context). */
@Injectable()
export class OutboxMarketingAudit extends MarketingAudit {
  constructor(private readonly outbox: Outbox) {
    super();
  }

  async record(change: MarketingChange): Promise<void> {
    const payload: StaffChangePayload = {
      actor_id: change.actor.staffId,
      actor_email: change.actor.email,
      action: change.action,
      entity_type: change.entityType,
      entity_id: String(change.entityId),
      before: change.before,
      after: change.after,
    };
    await this.outbox.append([newEvent(MARKETING_CHANGED, payload)]);
  }
}
