import { createServer } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createMallApp } from '../../apps/mall/src/mall.app.js';

export interface RunningMall {
  app: NestExpressApplication;
  /** For supertest: the HTTP server, not listening on a port. */
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  grpcUrl: string;
  close(): Promise<void>;
}

/** Starts the monolith exactly as main.ts does, on the given database and a free gRPC port. */
export async function startMall(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningMall> {
  const grpcUrl = `127.0.0.1:${await freePort()}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    GRPC_URL: grpcUrl,
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123',
    SEED_DEMO_DATA: 'true',
    HTTP_BODY_LIMIT: '100kb',
    ...env,
  });
  const app = await createMallApp();
  await app.startAllMicroservices();
  await app.init();
  return { app, http: app.getHttpServer(), grpcUrl, close: () => app.close() };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
