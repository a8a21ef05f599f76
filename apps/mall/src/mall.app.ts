import type { NestExpressApplication } from '@nestjs/platform-express';
import { HELLO_PROTO, USER_PROTO } from '@nestmall/contracts';
import { createNestApp, serveGrpc, serveHttpEdge } from '@nestmall/platform';
import { MallModule } from './mall.module.js';

/**
 * The monolith: REST + Swagger and gRPC (the course's Hello, the users context) in one hybrid
 * app. Built without listening, so main.ts and the e2e suites start exactly the same app.
 */
export async function createMallApp(): Promise<NestExpressApplication> {
  const app = await createNestApp(MallModule.forRoot());
  serveHttpEdge(app);
  serveGrpc(app, [HELLO_PROTO, USER_PROTO]);
  return app;
}
