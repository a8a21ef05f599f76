import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, hostContexts, serveGrpc } from '@nestmall/platform';
import { INVENTORY_SERVICE_CONTEXTS } from './inventory-service.contexts.js';
import { InventoryServiceModule } from './inventory-service.module.js';

/** The inventory service: a gRPC server only, built without starting. */
export async function createInventoryServiceApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(InventoryServiceModule.forRoot());
  serveGrpc(app, hostContexts(INVENTORY_SERVICE_CONTEXTS, { http: false }).protos);
  return app;
}
