import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { CART_SERVICE_CONTEXTS } from './cart-service.contexts.js';
import { CartServiceModule } from './cart-service.module.js';

/** The cart service: a gRPC server only, built without starting. */
export async function createCartServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(CartServiceModule.forRoot());
  serveGrpc(app, hostContexts(CART_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
