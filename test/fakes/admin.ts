import { ConflictError } from '../../libs/platform/src/errors/domain-error.js';
import {
  AuditLog,
  type AuditEntry,
  type AuditFilter,
  type AuditRecord,
} from '../../libs/admin/src/domain/audit-log.js';
import { Staff, type NewStaff, type StaffState } from '../../libs/admin/src/domain/staff.js';
import {
  DuplicateStaffEmailError,
  StaffRepository,
} from '../../libs/admin/src/domain/staff.repository.js';

/** Staff accounts in memory, with the e-mail unique and saves guarded by version. */
export class InMemoryStaff extends StaffRepository {
  readonly rows = new Map<number, StaffState>();
  private nextId = 1;

  async findById(id: number): Promise<Staff | null> {
    const row = this.rows.get(id);
    return row ? Staff.restore(row) : null;
  }

  async findByEmail(email: string): Promise<Staff | null> {
    const row = [...this.rows.values()].find((r) => r.email === email.toLowerCase());
    return row ? Staff.restore(row) : null;
  }

  async list(): Promise<Staff[]> {
    return [...this.rows.values()].map((r) => Staff.restore(r));
  }

  async count(): Promise<number> {
    return this.rows.size;
  }

  async create(staff: NewStaff): Promise<Staff> {
    if (await this.findByEmail(staff.email)) throw new DuplicateStaffEmailError(staff.email);
    const state = { ...staff, id: this.nextId++, createdAt: new Date(), version: 1 };
    this.rows.set(state.id, state);
    return Staff.restore(state);
  }

  async save(staff: Staff): Promise<void> {
    const state = staff.snapshot();
    const row = this.rows.get(state.id);
    if (!row || row.version !== state.version) throw new ConflictError(`staff ${state.id} changed`);
    this.rows.set(state.id, { ...state, version: state.version + 1 });
  }

  async replacePasswordHash(id: number, passwordHash: string): Promise<void> {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, passwordHash });
  }
}

/** The audit log in memory, newest first like the real one. */
export class InMemoryAuditLog extends AuditLog {
  readonly entries: AuditEntry[] = [];

  async record(entry: AuditRecord): Promise<void> {
    this.entries.push({ ...entry, id: this.entries.length + 1, at: new Date() });
  }

  async list(filter: AuditFilter): Promise<{ entries: AuditEntry[]; total: number }> {
    const matching = [...this.entries]
      .reverse()
      .filter(
        (e) =>
          (filter.actorId === undefined || e.actorId === filter.actorId) &&
          (filter.action === undefined || e.action === filter.action) &&
          (filter.entityType === undefined || e.entityType === filter.entityType) &&
          (filter.entityId === undefined || e.entityId === filter.entityId),
      );
    return {
      entries: matching.slice(filter.offset, filter.offset + filter.limit),
      total: matching.length,
    };
  }
}
