import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { MARKETING_SERVICE_CONTEXTS } from './marketing-service.contexts.js';
import { MarketingServiceModule } from './marketing-service.module.js';

/** The marketing service: a gRPC server only, built without starting. */
export async function createMarketingServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(MarketingServiceModule.forRoot());
  serveGrpc(app, hostContexts(MARKETING_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
