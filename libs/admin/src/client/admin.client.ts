import type { AuditPageView, AuditQuery } from '../application/list-audit.js';
import type { StaffTokenView, StaffView } from '../application/staff-view.js';
import type { CreateStaffInput } from '../application/create-staff.js';

/**
 * A staff member proved by a staff access token (StaffGuard): who they are, and the token, which
 * the gRPC adapter forwards so the admin service checks it again.
 */
export interface StaffCaller {
  staff: StaffView;
  accessToken: string;
}

export type { AuditQuery, CreateStaffInput };

/**
 * The port through which the REST edge calls the admin context (in-process in the monolith,
 * gRPC at the gateway). Failures are DomainErrors whatever the adapter.
 */
export abstract class AdminClient {
  abstract logIn(input: { email: string; password: string }): Promise<StaffTokenView>;
  /** The staff member of an `Authorization` header's token. @throws UnauthenticatedError */
  abstract authenticate(authorization: string | undefined): Promise<StaffView>;
  abstract createStaff(caller: StaffCaller, input: CreateStaffInput): Promise<StaffView>;
  abstract changeStaffRole(caller: StaffCaller, staffId: number, role: string): Promise<StaffView>;
  abstract listStaff(caller: StaffCaller): Promise<StaffView[]>;
  abstract listAudit(caller: StaffCaller, query: AuditQuery): Promise<AuditPageView>;
}
