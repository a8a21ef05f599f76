import type { NestExpressApplication } from '@nestjs/platform-express';
import { CATALOG_PROTO, INVENTORY_PROTO } from '@nestmall/contracts';
import { createNestApp, serveGrpc } from '@nestmall/platform';
import { InventoryServiceModule } from './inventory-service.module.js';

/** The inventory service: a gRPC server only, built without starting. */
export async function createInventoryServiceApp(): Promise<NestExpressApplication> {
  const app = await createNestApp(InventoryServiceModule.forRoot());
  serveGrpc(app, [INVENTORY_PROTO, CATALOG_PROTO]);
  return app;
}
