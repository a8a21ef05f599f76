import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { ORDER_SERVICE_CONTEXTS } from './order-service.contexts.js';
import { OrderServiceModule } from './order-service.module.js';

/** The order service: a gRPC server only, built without starting. */
export async function createOrderServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(OrderServiceModule.forRoot());
  serveGrpc(app, hostContexts(ORDER_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
