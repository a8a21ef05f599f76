import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  CATALOG_PROTO,
  HELLO_PROTO,
  INVENTORY_PROTO,
  ORDER_PROTO,
  USER_PROTO,
} from '@nestmall/contracts';
import { createNestApp, serveGrpc, serveHttpEdge } from '@nestmall/platform';
import { MallModule } from './mall.module.js';

/**
 * The monolith: REST + Swagger and gRPC (the course's Hello and every context) in one hybrid
 * app. Built without listening, so main.ts and the e2e suites start exactly the same app.
 */
export async function createMallApp(): Promise<NestExpressApplication> {
  const app = await createNestApp(MallModule.forRoot());
  serveHttpEdge(app);
  serveGrpc(app, [HELLO_PROTO, USER_PROTO, CATALOG_PROTO, INVENTORY_PROTO, ORDER_PROTO]);
  return app;
}
