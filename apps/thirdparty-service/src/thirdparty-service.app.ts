import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { THIRDPARTY_SERVICE_CONTEXTS } from './thirdparty-service.contexts.js';
import { ThirdpartyServiceModule } from './thirdparty-service.module.js';

/** The third-party service: a gRPC server only, built without starting. */
export async function createThirdpartyServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(ThirdpartyServiceModule.forRoot());
  serveGrpc(app, hostContexts(THIRDPARTY_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
