import { createServer } from 'node:net';
import { jest } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createMallApp } from '../../apps/mall/src/mall.app.js';
import type { TestDatabase } from './databases.js';
import { E2E_ADMIN_TOKEN, E2E_JWT_SECRET, type ShopUnderTest } from './shop.js';

/** Starts the monolith in this process exactly as main.ts does, on a free gRPC port. */
export interface InProcessShop extends ShopUnderTest {
  /** The Nest app, for tests that reach a context's port directly. */
  app: NestExpressApplication;
}

export async function startMall(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<InProcessShop> {
  const grpcUrl = `127.0.0.1:${await freePort()}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    GRPC_URL: grpcUrl,
    LOG_LEVEL: 'warn',
    JWT_SECRET: E2E_JWT_SECRET,
    ADMIN_TOKEN: E2E_ADMIN_TOKEN,
    TCC_RECOVERY_INTERVAL_MS: '200',
    SEED_DEMO_DATA: 'true',
    HTTP_BODY_LIMIT: '100kb',
    ...env,
  });
  const app = await createMallApp();
  await app.startAllMicroservices();
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    grpcUrl,
    adminToken: E2E_ADMIN_TOKEN,
    captureLogs: captureOutput,
    close: () => app.close(),
  };
}

/** Everything this process writes to stdout, stderr and the console until restore(). */
export function captureOutput(): { text(): string; restore(): void } {
  const chunks: string[] = [];
  const keep = (chunk: unknown) => (chunks.push(String(chunk)), true);
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(keep),
    jest.spyOn(process.stderr, 'write').mockImplementation(keep),
    ...(['log', 'warn', 'error', 'info', 'debug'] as const).map((level) =>
      jest
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void keep(args.map(String).join(' '))),
    ),
  ];
  return { text: () => chunks.join('\n'), restore: () => spies.forEach((s) => s.mockRestore()) };
}

/** Starts the monolith on `database` before the file's tests and stops it after them. */
export function monolithForSuite(
  database: TestDatabase,
  env: Record<string, string> = {},
): () => InProcessShop {
  let shop: InProcessShop | undefined;
  beforeAll(async () => {
    shop = await startMall(database.url, env);
  });
  afterAll(async () => {
    await shop?.close();
    await database.drop();
  });
  return () => shop!;
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
