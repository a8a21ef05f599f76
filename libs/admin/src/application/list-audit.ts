import { Injectable } from '@nestjs/common';
import { InvalidArgumentError, pageOf } from '@nestmall/ports/platform';
import { AUDIT_KINDS, AuditLog, type AuditEntry, type AuditKind } from '../domain/audit-log.js';

export const DEFAULT_AUDIT_PAGE_SIZE = 20;
export const MAX_AUDIT_PAGE_SIZE = 100;

export interface AuditQuery {
  actorId?: number;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** staff, catalog, marketing or stock: the entity types of that kind */
  kind?: string;
  /** 1-based; the first page when absent */
  pageNum?: number;
  pageSize?: number;
}

export interface AuditEntryView {
  audit_id: number;
  actor_id: number;
  actor_email: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  at: string;
}

export interface AuditPageView {
  entries: AuditEntryView[];
  total: number;
  page_num: number;
  page_size: number;
}

/** The audit log, newest first, filtered and paged. */
@Injectable()
export class ListAudit {
  constructor(private readonly audit: AuditLog) {}

  async execute(query: AuditQuery): Promise<AuditPageView> {
    const { pageNum, pageSize, offset } = pageOf(query.pageNum, query.pageSize, {
      default: DEFAULT_AUDIT_PAGE_SIZE,
      max: MAX_AUDIT_PAGE_SIZE,
    });
    if (query.kind && !Object.hasOwn(AUDIT_KINDS, query.kind))
      throw new InvalidArgumentError(`kind must be one of ${Object.keys(AUDIT_KINDS).join(', ')}`);
    const kindTypes: readonly string[] | undefined = query.kind
      ? AUDIT_KINDS[query.kind as AuditKind]
      : undefined;
    if (kindTypes && query.entityType && !kindTypes.includes(query.entityType))
      return { entries: [], total: 0, page_num: pageNum, page_size: pageSize };
    const { entries, total } = await this.audit.list({
      ...(kindTypes ? { entityTypes: kindTypes } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.entityType ? { entityType: query.entityType } : {}),
      ...(query.entityId ? { entityId: query.entityId } : {}),
      offset,
      limit: pageSize,
    });
    return {
      entries: entries.map(toAuditEntryView),
      total,
      page_num: pageNum,
      page_size: pageSize,
    };
  }
}

export function toAuditEntryView(entry: AuditEntry): AuditEntryView {
  return {
    audit_id: entry.id,
    actor_id: entry.actorId,
    actor_email: entry.actorEmail,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    before: entry.before,
    after: entry.after,
    at: entry.at.toISOString(),
  };
}
