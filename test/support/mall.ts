import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createMallApp } from '../../apps/mall/src/mall.app.js';
import type { TestDatabase } from './databases.js';
import { E2E_ADMIN_TOKEN, E2E_LOG_LEVEL, type ShopUnderTest } from './shop.js';
import { TEST_TLS_DIR } from './tls.js';

/**
 * Starts the monolith in this process exactly as main.ts does, on a free gRPC port, with mutual
 * TLS from the test CA (test/support/tls.ts).
 */
export interface InProcessShop extends ShopUnderTest {
  /** The Nest app, for tests that reach a context's port directly. */
  app: NestFastifyApplication;
}

export async function startMall(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<InProcessShop> {
  const grpcUrl = `127.0.0.1:${await freePort()}`;
  const signingKeysDir = mkdtempSync(join(tmpdir(), 'nestmall-keys-'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    GRPC_URL: grpcUrl,
    LOG_LEVEL: E2E_LOG_LEVEL,
    ADMIN_TOKEN: E2E_ADMIN_TOKEN,
    // Suites log in far more than 20 times a minute from 127.0.0.1; the limits have a suite of
    // their own (test/http-hardening.suite.ts sets the real values).
    AUTH_ATTEMPTS_PER_MINUTE: '10000',
    JWT_KEYS_DIR: signingKeysDir,
    ADMIN_KEYS_DIR: join(signingKeysDir, 'staff'),
    GRPC_TLS: 'on',
    GRPC_TLS_DIR: TEST_TLS_DIR,
    TCC_RECOVERY_INTERVAL_MS: '200',
    SEED_DEMO_DATA: 'true',
    HTTP_BODY_LIMIT: '100kb',
    ...env,
  });
  const app = await createMallApp();
  await app.startAllMicroservices();
  // With PORT, it listens there too (for callers outside this process: payment providers'
  // webhooks); the suites reach it in-process either way.
  if (env.PORT) await app.listen(Number(env.PORT), '127.0.0.1');
  else await app.init();
  // Fastify adds the routes when it is ready: only then does its server answer in-process.
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: app.getHttpServer(),
    grpcUrl,
    adminToken: E2E_ADMIN_TOKEN,
    signingKeysDir,
    captureLogs: captureOutput,
    close: async () => {
      await app.close();
      rmSync(signingKeysDir, { recursive: true, force: true });
    },
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

/** monolithForSuite, listening over HTTP on a free loopback port (for curl, scripts, fetch). */
export function listeningMonolithForSuite(
  database: TestDatabase,
  env: Record<string, string> = {},
): () => { shop: InProcessShop; port: number; url: string } {
  const shop = monolithForSuite(database, env);
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
    await shop().app.listen(port, '127.0.0.1');
  });
  return () => ({ shop: shop(), port, url: `http://127.0.0.1:${port}` });
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
