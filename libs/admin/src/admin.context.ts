import type { ContextDefinition } from '@nestmall/platform';
import { ADMIN_CONFIG } from './admin.config.js';
import { ADMIN_MIGRATIONS, AdminHttpModule, AdminModule } from './admin.module.js';
import { ADMIN_PROTO } from './admin.proto-contract.js';
import { AdminRemoteModule } from './client/admin-remote.module.js';

/** The admin context (the back office's staff and audit log) as apps compose it. */
export const ADMIN_CONTEXT: ContextDefinition = {
  module: () => AdminModule,
  http: (client) => AdminHttpModule.register({ imports: [client] }),
  remote: () => AdminRemoteModule.forRoot(),
  migrations: ADMIN_MIGRATIONS,
  proto: ADMIN_PROTO,
  config: ADMIN_CONFIG,
};
