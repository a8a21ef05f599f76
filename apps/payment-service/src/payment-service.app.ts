import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { PAYMENT_SERVICE_CONTEXTS } from './payment-service.contexts.js';
import { PaymentServiceModule } from './payment-service.module.js';

/** The payment service: a gRPC server only, built without starting. */
export async function createPaymentServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(PaymentServiceModule.forRoot());
  serveGrpc(app, hostContexts(PAYMENT_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
