import type { Staff } from '../domain/staff.js';
import type { Permission, Role } from '../domain/roles.js';

/** A staff member as routes and RPCs show it (never the password hash). */
export interface StaffView {
  staff_id: number;
  email: string;
  name: string;
  role: Role;
  permissions: Permission[];
  created_at: string;
}

export interface StaffTokenView {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  staff: StaffView;
}

/** Who acts, from a verified staff token: what use cases record in the audit log. */
export interface Actor {
  staffId: number;
  email: string;
}

export function toStaffView(staff: Staff): StaffView {
  return {
    staff_id: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    permissions: [...staff.permissions],
    created_at: staff.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a staff member: the view without the permissions it derives. */
export function auditedStaff(staff: Staff): Omit<StaffView, 'permissions'> {
  const { permissions: _derived, ...kept } = toStaffView(staff);
  return kept;
}
