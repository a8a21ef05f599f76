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

export interface AuditFilter {
  actorId?: number;
  action?: string;
  entityType?: string;
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
