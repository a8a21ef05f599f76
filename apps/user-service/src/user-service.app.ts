import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { USER_SERVICE_CONTEXTS } from './user-service.contexts.js';
import { UserServiceModule } from './user-service.module.js';

/** The user service: a gRPC server only (no HTTP listener), built without starting. */
export async function createUserServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(UserServiceModule.forRoot());
  serveGrpc(app, hostContexts(USER_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
