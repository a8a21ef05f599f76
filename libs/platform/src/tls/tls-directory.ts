import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDevCa, issueAppCertificate, type PemPair } from './dev-certificates.js';
import type { ServiceApp } from './service-identity.js';

/** The files one app reads from GRPC_TLS_DIR: the CA to trust, its own certificate and key. */
export interface AppTlsFiles {
  caCertificateFile: string;
  certificateFile: string;
  privateKeyFile: string;
}

export function appTlsFiles(dir: string, app: ServiceApp): AppTlsFiles {
  return {
    caCertificateFile: join(dir, 'ca.crt'),
    certificateFile: join(dir, `${app}.crt`),
    privateKeyFile: join(dir, `${app}.key`),
  };
}

/** An app certificate this close to its end is renewed at the app's next start. */
const RENEW_BEFORE_MS = 30 * 86_400_000;
const LOCK_WAIT_MS = 15_000;
const LOCK_STALE_MS = 30_000;

/**
 * Makes what `apps` need in `dir` and is not there yet: the development CA on first use, then
 * each app's certificate when it is missing, ends within 30 days, does not match its key, or was
 * not issued by this CA. Returns the apps whose certificate it wrote. Processes that start at
 * the same moment (npm run start:split) take turns through a lock directory, so they agree on
 * one CA. Without ca.key (certificates issued elsewhere, perhaps by an intermediate CA and for a
 * day) it only checks that each app has a current certificate matching its key, and says what
 * is missing; the TLS handshake checks the chain.
 */
export async function ensureDevCertificates(
  dir: string,
  apps: readonly ServiceApp[],
  options: { now?: Date; renewAll?: boolean } = {},
): Promise<ServiceApp[]> {
  const now = options.now ?? new Date();
  // Most starts find everything in place: no lock then, so a read-only GRPC_TLS_DIR works.
  if (!options.renewAll && (await allUsable(dir, apps, now))) return [];
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return withLock(dir, async () => {
    let ca = await readPair(join(dir, 'ca.crt'), join(dir, 'ca.key'));
    if (!ca.certificate) {
      const created = await createDevCa(now);
      await writePair(join(dir, 'ca.crt'), join(dir, 'ca.key'), created);
      ca = created;
    }
    const written: ServiceApp[] = [];
    for (const app of apps) {
      const files = appTlsFiles(dir, app);
      const current = await readPair(files.certificateFile, files.privateKeyFile);
      if (!options.renewAll && usable(current, ca, now)) continue;
      if (!ca.privateKey) {
        throw new Error(
          `GRPC_TLS_DIR=${dir}: ${app}.crt and ${app}.key are missing, expired or not a pair, ` +
            'and there is no ca.key to issue them: put them there, or run `npm run certs:dev`',
        );
      }
      const issued = await issueAppCertificate(ca as PemPair, app, now);
      await writePair(files.certificateFile, files.privateKeyFile, issued);
      written.push(app);
    }
    return written;
  });
}

async function allUsable(dir: string, apps: readonly ServiceApp[], now: Date): Promise<boolean> {
  const ca = await readPair(join(dir, 'ca.crt'), join(dir, 'ca.key'));
  if (!ca.certificate) return false;
  for (const app of apps) {
    const files = appTlsFiles(dir, app);
    if (!usable(await readPair(files.certificateFile, files.privateKeyFile), ca, now)) return false;
  }
  return true;
}

/** Good enough to keep: what we can renew ourselves (ca.key at hand) must be ours and not ending. */
function usable(pair: Partial<PemPair>, ca: Partial<PemPair>, now: Date): boolean {
  if (!pair.certificate || !pair.privateKey) return false;
  try {
    const certificate = new X509Certificate(pair.certificate);
    if (!certificate.checkPrivateKey(createPrivateKey(pair.privateKey))) return false;
    const left = Date.parse(certificate.validTo) - now.getTime();
    if (!ca.privateKey) return left > 0 && Date.parse(certificate.validFrom) <= now.getTime();
    const issuer = new X509Certificate(ca.certificate!);
    return (
      certificate.checkIssued(issuer) &&
      certificate.verify(issuer.publicKey) &&
      left > RENEW_BEFORE_MS
    );
  } catch {
    return false;
  }
}

async function readPair(certificateFile: string, keyFile: string): Promise<Partial<PemPair>> {
  const read = (file: string) => readFile(file, 'utf8').catch(() => undefined);
  return { certificate: await read(certificateFile), privateKey: await read(keyFile) };
}

/** Key first, then certificate, each by rename: a reader never sees half a file. */
async function writePair(certificateFile: string, keyFile: string, pair: PemPair): Promise<void> {
  await writeAtomically(keyFile, pair.privateKey, 0o600);
  await writeAtomically(certificateFile, pair.certificate, 0o644);
}

async function writeAtomically(file: string, text: string, mode: number): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode });
  await rename(temporary, file);
}

async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = join(dir, '.lock');
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A process killed while holding the lock leaves it behind.
      const since = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > LOCK_STALE_MS) await rm(lock, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`${lock} is held by another process`, { cause: error });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
