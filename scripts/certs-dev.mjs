#!/usr/bin/env node
// `npm run certs:dev`: the development CA and a certificate for every app (mall, gateway,
// user-service, inventory-service, order-service) in GRPC_TLS_DIR (./data/tls): ca.crt, ca.key,
// <app>.crt, <app>.key. What is already there and good for 30 more days is kept; apps also do
// this for themselves at start. --renew issues every app certificate again from the same CA
// (running apps read them within GRPC_TLS_RELOAD_MS). Exit 0 when done, 1 on failure.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tls = join(root, 'dist/libs/platform/src/tls');
if (!existsSync(join(tls, 'tls-directory.js'))) {
  console.error('certs:dev: dist/ is missing: run `npm run build` first');
  process.exit(1);
}
if (existsSync('.env')) process.loadEnvFile('.env');
const { ensureDevCertificates } = await import(join(tls, 'tls-directory.js'));
const { CERTIFIED_APPS } = await import(join(root, 'dist/libs/topology/src/index.js'));

const dir = resolve(process.env.GRPC_TLS_DIR || './data/tls');
const renewAll = process.argv.includes('--renew');
try {
  const written = await ensureDevCertificates(dir, CERTIFIED_APPS, { renewAll });
  console.log(
    `${dir}: ${written.length ? `wrote ${written.join(', ')}` : 'every app certificate is in place'}`,
  );
} catch (error) {
  console.error(`certs:dev: ${error.message}`);
  process.exit(1);
}
