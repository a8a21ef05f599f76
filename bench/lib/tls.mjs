// The benchmarks' mutual TLS, as the apps run by default: one development CA and a certificate
// per app for the run, in a temporary folder that every app started here reads as GRPC_TLS_DIR
// (removed at exit). Made by the apps' own code from dist/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import grpc from '@grpc/grpc-js';
import { ROOT } from './processes.mjs';

let made;

/** The run's GRPC_TLS_DIR, made on first use. */
export function benchTlsDir() {
  made ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nestmall-bench-tls-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const tls = join(ROOT, 'dist/libs/platform/src/tls');
    const { ensureDevCertificates } = await import(join(tls, 'tls-directory.js'));
    const { CERTIFIED_APPS } = await import(join(ROOT, 'dist/libs/topology/src/index.js'));
    await ensureDevCertificates(dir, CERTIFIED_APPS);
    return dir;
  })();
  return made;
}

/** Channel credentials that trust the run's CA and, with `app`, present that app's certificate. */
export async function benchCredentials(app) {
  const dir = await benchTlsDir();
  const ca = readFileSync(join(dir, 'ca.crt'));
  if (!app) return grpc.credentials.createSsl(ca);
  const file = (ext) => readFileSync(join(dir, `${app}.${ext}`));
  return grpc.credentials.createSsl(ca, file('key'), file('crt'));
}
