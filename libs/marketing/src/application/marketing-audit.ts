import type { PromotionKind } from '../domain/promotion-lifecycle.js';

/** The staff member behind a marketing change (from their verified staff token). */
export interface MarketingActor {
  staffId: number;
  email: string;
}

/** The actor of a verified staff caller (the admin context's StaffCaller, or MarketingStaff). */
export function marketingActor(caller: {
  staff: { staff_id: number; email: string };
}): MarketingActor {
  return { staffId: caller.staff.staff_id, email: caller.staff.email };
}

/** One staff change, as the admin context's audit log keeps it. */
export interface MarketingChange {
  actor: MarketingActor;
  /** `<kind>.create`, `<kind>.edit`, `<kind>.end` */
  action: string;
  entityType: PromotionKind;
  entityId: number;
  before: unknown;
  after: unknown;
}

/**
 * The audit trail of the staff's promotions: `record` joins the caller's unit of work, so the
 * record commits with the change or not at all (MarketingChanged through the outbox, which the
 * admin context appends to its audit log, wherever it runs).
 */
export abstract class MarketingAudit {
  abstract record(change: MarketingChange): Promise<void>;
}
