import type { NestExpressApplication } from '@nestjs/platform-express';
import { HELLO_PROTO, USER_PROTO } from '@nestmall/contracts';
import { createNestApp, serveGrpc } from '@nestmall/platform';
import { UserServiceModule } from './user-service.module.js';

/** The user service: a gRPC server only (no HTTP listener), built without starting. */
export async function createUserServiceApp(): Promise<NestExpressApplication> {
  const app = await createNestApp(UserServiceModule.forRoot());
  serveGrpc(app, [USER_PROTO, HELLO_PROTO]);
  return app;
}
