import { Injectable } from '@nestjs/common';
import { AuthenticateStaff } from '../application/authenticate-staff.js';
import { ChangeStaffRole } from '../application/change-staff-role.js';
import { CreateStaff } from '../application/create-staff.js';
import { ListAudit, type AuditPageView } from '../application/list-audit.js';
import { ListStaff } from '../application/list-staff.js';
import { LogInStaff } from '../application/log-in-staff.js';
import type { Actor, StaffTokenView, StaffView } from '../application/staff-view.js';
import {
  AdminClient,
  type AuditQuery,
  type CreateStaffInput,
  type StaffCaller,
} from './admin.client.js';

/** AdminClient for the app hosting the context: a direct call into the use cases. */
@Injectable()
export class InProcessAdminClient extends AdminClient {
  constructor(
    private readonly logInCase: LogInStaff,
    private readonly authenticateCase: AuthenticateStaff,
    private readonly createStaffCase: CreateStaff,
    private readonly changeStaffRoleCase: ChangeStaffRole,
    private readonly listStaffCase: ListStaff,
    private readonly listAuditCase: ListAudit,
  ) {
    super();
  }

  logIn(input: { email: string; password: string }): Promise<StaffTokenView> {
    return this.logInCase.execute(input);
  }

  authenticate(authorization: string | undefined): Promise<StaffView> {
    return this.authenticateCase.execute(authorization);
  }

  createStaff(caller: StaffCaller, input: CreateStaffInput): Promise<StaffView> {
    return this.createStaffCase.execute(actorOf(caller), input);
  }

  changeStaffRole(caller: StaffCaller, staffId: number, role: string): Promise<StaffView> {
    return this.changeStaffRoleCase.execute(actorOf(caller), staffId, role);
  }

  listStaff(): Promise<StaffView[]> {
    return this.listStaffCase.execute();
  }

  listAudit(_caller: StaffCaller, query: AuditQuery): Promise<AuditPageView> {
    return this.listAuditCase.execute(query);
  }
}

function actorOf(caller: StaffCaller): Actor {
  return { staffId: caller.staff.staff_id, email: caller.staff.email };
}
