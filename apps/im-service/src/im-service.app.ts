import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { serveWebSockets } from '@nestmall/im';
import { createNestApp, hostContexts, serveGrpc, serveHttpEdge } from '@nestmall/platform';
import { IM_SERVICE_CONTEXTS } from './im-service.contexts.js';
import { ImServiceModule } from './im-service.module.js';

/**
 * The IM service, built without starting: REST + Swagger and the WebSocket (/im) on PORT, with
 * health and metrics; gRPC (health, reflection) on GRPC_URL.
 */
export async function createImServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(ImServiceModule.forRoot());
  serveHttpEdge(app);
  serveWebSockets(app);
  serveGrpc(app, hostContexts(IM_SERVICE_CONTEXTS, { http: true }).protos);
  return app;
}
