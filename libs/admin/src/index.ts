export { AdminModule, AdminHttpModule, ADMIN_MIGRATIONS } from './admin.module.js';
export { ADMIN_CONTEXT } from './admin.context.js';
export { ADMIN_PROTO } from './admin.proto-contract.js';
export { ADMIN_CONFIG, type AdminConfig } from './admin.config.js';
export { AdminClient, type StaffCaller } from './client/admin.client.js';
export { AdminRemoteModule } from './client/admin-remote.module.js';
export { StaffOnly, CurrentStaff, StaffGuard } from './interface/staff.guard.js';
export type { StaffView, StaffTokenView } from './application/staff-view.js';
export {
  ROLES,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  type Role,
  type Permission,
} from './domain/roles.js';
export { DEMO_STAFF, DEMO_STAFF_PASSWORD } from './infrastructure/staff-bootstrap.seeder.js';
export { STAFF_AUDIENCE } from './infrastructure/jose-staff-tokens.js';
