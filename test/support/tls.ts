import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { appTlsFiles, ensureDevCertificates, type ServiceApp } from '@nestmall/platform';
import { CERTIFIED_APPS } from '@nestmall/topology';

/**
 * A development CA and a certificate for every app, made once per test file in a temporary
 * directory (removed after the file's tests): every shop a test starts uses it as GRPC_TLS_DIR.
 */
export const TEST_TLS_DIR: string = await (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nestmall-e2e-tls-'));
  // Jest's sandboxed `process` never sees 'exit'. This hook may run before a suite's own
  // afterAll (declaration order): harmless, running apps keep the certificates they loaded.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  await ensureDevCertificates(dir, CERTIFIED_APPS);
  return dir;
})();

/**
 * A client's TLS credentials: it trusts the test CA and, with `as`, presents that app's
 * certificate (the gateway's by default, the app that calls user-facing RPCs); with null, none.
 */
export function clientCredentials(as: ServiceApp | null = 'gateway'): grpc.ChannelCredentials {
  const files = appTlsFiles(TEST_TLS_DIR, as ?? 'gateway');
  const ca = readFileSync(files.caCertificateFile);
  if (!as) return grpc.credentials.createSsl(ca);
  return grpc.credentials.createSsl(
    ca,
    readFileSync(files.privateKeyFile),
    readFileSync(files.certificateFile),
  );
}
