import type { NestExpressApplication } from '@nestjs/platform-express';
import { ORDER_PROTO } from '@nestmall/contracts';
import { createNestApp, serveGrpc } from '@nestmall/platform';
import { OrderServiceModule } from './order-service.module.js';

/** The order service: a gRPC server only, built without starting. */
export async function createOrderServiceApp(): Promise<NestExpressApplication> {
  const app = await createNestApp(OrderServiceModule.forRoot());
  serveGrpc(app, [ORDER_PROTO]);
  return app;
}
