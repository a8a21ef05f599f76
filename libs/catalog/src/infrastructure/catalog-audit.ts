import { CATALOG_CHANGED, type CatalogChangedPayload } from '@nestmall/contracts';
import { newEvent, type IntegrationEvent } from '@nestmall/messaging';
import type { CatalogChange } from '../domain/catalog-product.repository.js';

/** The audit record of a catalog write (CatalogChanged, consumed by the admin context). */
export function catalogChanged(
  change: CatalogChange,
  entityType: string,
  entityId: number,
  after: unknown,
): IntegrationEvent {
  const audit: CatalogChangedPayload = {
    actor_id: change.actor.staffId,
    actor_email: change.actor.email,
    action: change.action,
    entity_type: entityType,
    entity_id: String(entityId),
    before: change.before,
    after,
  };
  return newEvent(CATALOG_CHANGED, audit);
}
