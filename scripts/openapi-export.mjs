#!/usr/bin/env node
// Writes the OpenAPI documents of the built monolith and gateway (npm run build first) to
// temp/openapi/{mall,gateway}.json, for `redocly lint` (npm run lint:openapi). Neither app listens
// on a port or reaches another service: the document comes from the Nest app as it is built
// (SwaggerModule.createDocument), the monolith on an in-memory SQLite database.
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = (path) => join(root, 'dist', path);
if (!existsSync(dist('apps/mall/src/mall.app.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
Object.assign(process.env, {
  NODE_ENV: 'test',
  LOG_LEVEL: 'error',
  DATABASE_URL: 'sqlite::memory:',
  SEED_DEMO_DATA: 'false',
  // Nothing is signed, served or called here: keys and certificates in a folder of their own.
  JWT_KEYS_DIR: mkdtempSync(join(tmpdir(), 'nestmall-openapi-keys-')),
  GRPC_TLS: 'off',
});

const { createOpenApiDocument, SHOP_API_HEAD } = await import(dist('libs/platform/src/index.js'));
const apps = {
  mall: (await import(dist('apps/mall/src/mall.app.js'))).createMallApp,
  gateway: (await import(dist('apps/gateway/src/gateway.app.js'))).createGatewayApp,
};
const out = join(root, 'temp/openapi');
mkdirSync(out, { recursive: true });
for (const [name, create] of Object.entries(apps)) {
  const app = await create();
  try {
    const file = join(out, `${name}.json`);
    writeFileSync(file, JSON.stringify(createOpenApiDocument(app, SHOP_API_HEAD), null, 2) + '\n');
    console.log(`wrote ${file}`);
  } finally {
    await app.close();
  }
}
