import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { RANKING_SERVICE_CONTEXTS } from './ranking-service.contexts.js';
import { RankingServiceModule } from './ranking-service.module.js';

/** The ranking service: a gRPC server only, built without starting. */
export async function createRankingServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(RankingServiceModule.forRoot());
  serveGrpc(app, hostContexts(RANKING_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
