/** One admin change: who did what to which entity, with its JSON before and after. UTC. */
export interface AuditRecord {
  actorId: number;
  actorEmail: string;
  /** `<entity>.<verb>`: staff.create, staff.role, product.approve, ... */
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** When it happened; now when not given. */
  at?: Date;
}

export interface AuditEntry extends AuditRecord {
  id: number;
  at: Date;
}

/**
 * The kinds of change the audit log keeps, by the entity types each covers: the admin context's
 * own (staff), and those other contexts send as events (CatalogChanged, MarketingChanged,
 * StockChanged).
 */
export const AUDIT_KINDS = {
  staff: ['staff'],
  catalog: ['product', 'brand', 'category'],
  marketing: ['sku_discount', 'spend_and_save', 'coupon_batch'],
  stock: ['stock'],
} as const satisfies Record<string, readonly string[]>;
export type AuditKind = keyof typeof AUDIT_KINDS;

export interface AuditFilter {
  actorId?: number;
  action?: string;
  entityType?: string;
  /** Any of these entity types (a kind's). */
  entityTypes?: readonly string[];
  entityId?: string;
  offset: number;
  limit: number;
}

/** The admin context's audit log (admin_audit): append-only. */
export abstract class AuditLog {
  /** Appends in the caller's unit of work, so the entry commits with the change or not at all. */
  abstract record(entry: AuditRecord): Promise<void>;
  abstract list(filter: AuditFilter): Promise<{ entries: AuditEntry[]; total: number }>;
}
