import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { ADMIN_SERVICE_CONTEXTS } from './admin-service.contexts.js';
import { AdminServiceModule } from './admin-service.module.js';

/** The admin service: a gRPC server only, built without starting. */
export async function createAdminServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(AdminServiceModule.forRoot());
  serveGrpc(app, hostContexts(ADMIN_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
