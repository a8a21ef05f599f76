import { Controller } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import type { AuditEntry } from '@nestmall/contracts/generated/nestmall/admin/v1/AuditEntry.js';
import type { AuthenticateRequest__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/AuthenticateRequest.js';
import type { ChangeStaffRoleRequest__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/ChangeStaffRoleRequest.js';
import type { CreateStaffRequest__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/CreateStaffRequest.js';
import type { ListAuditRequest__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/ListAuditRequest.js';
import type { ListAuditResponse } from '@nestmall/contracts/generated/nestmall/admin/v1/ListAuditResponse.js';
import type { ListStaffResponse } from '@nestmall/contracts/generated/nestmall/admin/v1/ListStaffResponse.js';
import type { LogInRequest__Output } from '@nestmall/contracts/generated/nestmall/admin/v1/LogInRequest.js';
import type { LogInResponse } from '@nestmall/contracts/generated/nestmall/admin/v1/LogInResponse.js';
import type { StaffMember } from '@nestmall/contracts/generated/nestmall/admin/v1/StaffMember.js';
import { CallableBy } from '@nestmall/platform';
import type { AuditEntryView } from '../../application/list-audit.js';
import type { StaffView } from '../../application/staff-view.js';
import { AdminClient, type StaffCaller } from '../../client/admin.client.js';
import { CurrentStaff, StaffOnly } from '../staff.guard.js';

const SERVICE = 'nestmall.admin.v1.AdminService';

/**
 * nestmall.admin.v1.AdminService: a thin adapter over the in-process AdminClient. Every staff RPC
 * checks the staff token in its metadata and the permission itself (StaffOnly), whoever calls.
 */
@Controller()
export class AdminGrpcController {
  constructor(private readonly admin: AdminClient) {}

  @GrpcMethod(SERVICE, 'LogIn')
  logIn(request: LogInRequest__Output): Promise<LogInResponse> {
    return this.admin.logIn({ email: request.email, password: request.password });
  }

  @GrpcMethod(SERVICE, 'Authenticate')
  @CallableBy(
    'gateway',
    'mall',
    'inventory-service',
    'marketing-service',
    'order-service',
    'im-service',
  )
  authenticate(request: AuthenticateRequest__Output): Promise<StaffMember> {
    return this.admin.authenticate(request.authorization || undefined);
  }

  @GrpcMethod(SERVICE, 'GetMe')
  @StaffOnly()
  me(@CurrentStaff() caller: StaffCaller): StaffMember {
    return caller.staff;
  }

  @GrpcMethod(SERVICE, 'CreateStaff')
  @StaffOnly('staff:manage')
  create(
    @Payload() request: CreateStaffRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<StaffView> {
    return this.admin.createStaff(caller, {
      email: request.email,
      name: request.name,
      role: request.role,
      password: request.password,
    });
  }

  @GrpcMethod(SERVICE, 'ChangeStaffRole')
  @StaffOnly('staff:manage')
  changeRole(
    @Payload() request: ChangeStaffRoleRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<StaffView> {
    return this.admin.changeStaffRole(caller, request.staff_id, request.role);
  }

  @GrpcMethod(SERVICE, 'ListStaff')
  @StaffOnly('staff:manage')
  async list(@CurrentStaff() caller: StaffCaller): Promise<ListStaffResponse> {
    return { staff: await this.admin.listStaff(caller) };
  }

  @GrpcMethod(SERVICE, 'ListAudit')
  @StaffOnly('audit:read')
  async audit(
    @Payload() request: ListAuditRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<ListAuditResponse> {
    const page = await this.admin.listAudit(caller, {
      actorId: request.actor_id || undefined,
      action: request.action || undefined,
      entityType: request.entity_type || undefined,
      entityId: request.entity_id || undefined,
      kind: request.kind || undefined,
      pageNum: request.page_num,
      pageSize: request.page_size,
    });
    return { ...page, entries: page.entries.map(toAuditEntry) };
  }
}

function toAuditEntry(entry: AuditEntryView): AuditEntry {
  const { before, after, ...rest } = entry;
  return {
    ...rest,
    before_json: before === null ? '' : JSON.stringify(before),
    after_json: after === null ? '' : JSON.stringify(after),
  };
}
