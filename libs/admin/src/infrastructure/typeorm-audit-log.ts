import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager } from '@nestmall/platform';
import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import {
  AuditLog,
  type AuditEntry,
  type AuditFilter,
  type AuditRecord,
} from '../domain/audit-log.js';
import { AuditEntity } from './admin.entities.js';

/** The audit log in admin_audit: appended in the caller's unit of work, read newest first. */
@Injectable()
export class TypeOrmAuditLog extends AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async record(entry: AuditRecord): Promise<void> {
    await ambientManager(this.dataSource).insert(AuditEntity, {
      actorId: entry.actorId,
      actorEmail: entry.actorEmail,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      beforeJson: entry.before === null ? null : JSON.stringify(entry.before),
      afterJson: entry.after === null ? null : JSON.stringify(entry.after),
      atMs: entry.at?.getTime() ?? Date.now(),
    });
  }

  async list(filter: AuditFilter): Promise<{ entries: AuditEntry[]; total: number }> {
    const where: FindOptionsWhere<AuditEntity> = {
      ...(filter.actorId !== undefined ? { actorId: filter.actorId } : {}),
      ...(filter.action !== undefined ? { action: filter.action } : {}),
      ...(filter.entityType !== undefined ? { entityType: filter.entityType } : {}),
      ...(filter.entityTypes !== undefined && filter.entityType === undefined
        ? { entityType: In([...filter.entityTypes]) }
        : {}),
      // entity_type and a kind both: the use case passes the type only when the kind covers it.
      ...(filter.entityId !== undefined ? { entityId: filter.entityId } : {}),
    };
    const [rows, total] = await ambientManager(this.dataSource).findAndCount(AuditEntity, {
      where,
      order: { id: 'DESC' },
      skip: filter.offset,
      take: filter.limit,
    });
    return { entries: rows.map(toEntry), total };
  }
}

function toEntry(row: AuditEntity): AuditEntry {
  return {
    id: row.id,
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.beforeJson === null ? null : JSON.parse(row.beforeJson),
    after: row.afterJson === null ? null : JSON.parse(row.afterJson),
    at: new Date(Number(row.atMs)),
  };
}
