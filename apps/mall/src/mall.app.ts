import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { serveWebSockets } from '@nestmall/im';
import { createNestApp, hostContexts, serveGrpc, serveHttpEdge } from '@nestmall/platform';
import { MALL_CONTEXTS } from './mall.contexts.js';
import { MallModule } from './mall.module.js';

/**
 * The monolith: REST + Swagger and gRPC (the course's Hello and every context) in one hybrid
 * app. Built without listening, so main.ts and the e2e suites start exactly the same app.
 */
export async function createMallApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(MallModule.forRoot());
  serveHttpEdge(app);
  // The IM's WebSocket (/im) on the same HTTP port.
  serveWebSockets(app);
  serveGrpc(app, hostContexts(MALL_CONTEXTS, { http: true }).protos);
  return app;
}
