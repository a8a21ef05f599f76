import type { AdminServiceClient } from '@nestmall/contracts/generated/nestmall/admin/v1/AdminService.js';
import type { AuditEntry__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/AuditEntry.js';
import type { ListAuditResponse__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/ListAuditResponse.js';
import type { ListStaffResponse__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/ListStaffResponse.js';
import type { LogInResponse__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/LogInResponse.js';
import type { StaffMember__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/StaffMember.js';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type { AuditEntryView, AuditPageView } from '../application/list-audit.js';
import type { StaffTokenView, StaffView } from '../application/staff-view.js';
import {
  AdminClient,
  type AuditQuery,
  type CreateStaffInput,
  type StaffCaller,
} from './admin.client.js';

/**
 * AdminClient over gRPC (nestmall.admin.v1.AdminService): the caller's staff token travels in the
 * metadata and the admin service checks it again. Reads and log-in may be retried on another
 * replica; writes are sent once.
 */
export class GrpcAdminClient extends AdminClient {
  constructor(private readonly pool: GrpcReplicaPool<AdminServiceClient>) {
    super();
  }

  async logIn(input: { email: string; password: string }): Promise<StaffTokenView> {
    const answer = await this.pool.unary<LogInResponse__Output>('LogIn', input, true);
    return {
      access_token: answer.access_token,
      token_type: 'Bearer',
      expires_in: answer.expires_in,
      staff: toStaffView(answer.staff!),
    };
  }

  async authenticate(authorization: string | undefined): Promise<StaffView> {
    const request = { authorization: authorization ?? '' };
    return toStaffView(await this.pool.unary<StaffMember__Output>('Authenticate', request, true));
  }

  async createStaff(caller: StaffCaller, input: CreateStaffInput): Promise<StaffView> {
    const answer = await this.pool.unary<StaffMember__Output>(
      'CreateStaff',
      input,
      false,
      undefined,
      caller.accessToken,
    );
    return toStaffView(answer);
  }

  async changeStaffRole(caller: StaffCaller, staffId: number, role: string): Promise<StaffView> {
    const answer = await this.pool.unary<StaffMember__Output>(
      'ChangeStaffRole',
      { staff_id: staffId, role },
      false,
      undefined,
      caller.accessToken,
    );
    return toStaffView(answer);
  }

  async listStaff(caller: StaffCaller): Promise<StaffView[]> {
    const answer = await this.pool.unary<ListStaffResponse__Output>(
      'ListStaff',
      {},
      true,
      undefined,
      caller.accessToken,
    );
    return answer.staff.map(toStaffView);
  }

  async listAudit(caller: StaffCaller, query: AuditQuery): Promise<AuditPageView> {
    const answer = await this.pool.unary<ListAuditResponse__Output>(
      'ListAudit',
      {
        actor_id: query.actorId ?? 0,
        action: query.action ?? '',
        entity_type: query.entityType ?? '',
        entity_id: query.entityId ?? '',
        kind: query.kind ?? '',
        page_num: query.pageNum ?? 0,
        page_size: query.pageSize ?? 0,
      },
      true,
      undefined,
      caller.accessToken,
    );
    return {
      entries: answer.entries.map(toAuditEntryView),
      total: answer.total,
      page_num: answer.page_num,
      page_size: answer.page_size,
    };
  }
}

function toStaffView(member: StaffMember__Output): StaffView {
  return {
    staff_id: member.staff_id,
    email: member.email,
    name: member.name,
    role: member.role as StaffView['role'],
    permissions: member.permissions as StaffView['permissions'],
    created_at: member.created_at,
  };
}

function toAuditEntryView(entry: AuditEntry__Output): AuditEntryView {
  const json = (text: string): unknown => (text === '' ? null : JSON.parse(text));
  return {
    audit_id: entry.audit_id,
    actor_id: entry.actor_id,
    actor_email: entry.actor_email,
    action: entry.action,
    entity_type: entry.entity_type,
    entity_id: entry.entity_id,
    before: json(entry.before_json),
    after: json(entry.after_json),
    at: entry.at,
  };
}
