import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { VERIFICATION_SERVICE_CONTEXTS } from './verification-service.contexts.js';
import { VerificationServiceModule } from './verification-service.module.js';

/** The verification service: a gRPC server only, built without starting. */
export async function createVerificationServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(VerificationServiceModule.forRoot());
  serveGrpc(app, hostContexts(VERIFICATION_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
