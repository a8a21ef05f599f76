import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createNestApp, serveHttpEdge } from '@nestmall/platform';
import { GatewayModule } from './gateway.module.js';

/** The gateway, built without listening (main.ts and the e2e suites start the same app). */
export async function createGatewayApp(): Promise<NestFastifyApplication> {
  const app = await createNestApp(GatewayModule.forRoot());
  serveHttpEdge(app);
  return app;
}
