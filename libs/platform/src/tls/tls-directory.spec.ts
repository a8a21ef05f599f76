import { X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevCa, issueAppCertificate } from './dev-certificates.js';
import { appTlsFiles, ensureDevCertificates } from './tls-directory.js';

describe('ensureDevCertificates', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nestmall-tls-'));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('makes the CA and the app certificate on first use, then nothing', async () => {
    expect(await ensureDevCertificates(dir, ['gateway'])).toEqual(['gateway']);
    const files = appTlsFiles(dir, 'gateway');
    const ca = new X509Certificate(await readFile(files.caCertificateFile));
    const pem = await readFile(files.certificateFile, 'utf8');
    expect(new X509Certificate(pem).checkIssued(ca)).toBe(true);
    expect((await stat(files.privateKeyFile)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'ca.key'))).mode & 0o777).toBe(0o600);

    expect(await ensureDevCertificates(dir, ['gateway'])).toEqual([]);
    expect(await readFile(files.certificateFile, 'utf8')).toBe(pem);
  });

  it('issues a second app from the same CA', async () => {
    await ensureDevCertificates(dir, ['gateway']);
    expect(await ensureDevCertificates(dir, ['gateway', 'order-service'])).toEqual([
      'order-service',
    ]);
    const ca = new X509Certificate(await readFile(join(dir, 'ca.crt')));
    const cert = new X509Certificate(await readFile(join(dir, 'order-service.crt')));
    expect(cert.checkIssued(ca) && cert.verify(ca.publicKey)).toBe(true);
  });

  it('renews a certificate that ends within 30 days, or that another CA issued', async () => {
    await ensureDevCertificates(dir, ['mall']);
    const caPair = {
      certificate: await readFile(join(dir, 'ca.crt'), 'utf8'),
      privateKey: await readFile(join(dir, 'ca.key'), 'utf8'),
    };
    const files = appTlsFiles(dir, 'mall');
    const ending = await issueAppCertificate(caPair, 'mall', new Date(), 20);
    await writeFile(files.certificateFile, ending.certificate);
    await writeFile(files.privateKeyFile, ending.privateKey);
    expect(await ensureDevCertificates(dir, ['mall'])).toEqual(['mall']);

    const foreign = await issueAppCertificate(await createDevCa(), 'mall');
    await writeFile(files.certificateFile, foreign.certificate);
    await writeFile(files.privateKeyFile, foreign.privateKey);
    expect(await ensureDevCertificates(dir, ['mall'])).toEqual(['mall']);
    expect(await ensureDevCertificates(dir, ['mall'])).toEqual([]);
  });

  it('without ca.key, says which files are missing and names GRPC_TLS_DIR', async () => {
    await ensureDevCertificates(dir, ['gateway']);
    await unlink(join(dir, 'ca.key'));
    expect(await ensureDevCertificates(dir, ['gateway'])).toEqual([]);
    await expect(ensureDevCertificates(dir, ['user-service'])).rejects.toThrow(
      `GRPC_TLS_DIR=${dir}: user-service.crt and user-service.key are missing`,
    );
  });

  it('without ca.key, keeps a short-lived certificate issued elsewhere until it ends', async () => {
    const elsewhere = await createDevCa();
    await writeFile(join(dir, 'ca.crt'), elsewhere.certificate);
    const files = appTlsFiles(dir, 'order-service');
    const now = new Date();
    const day = await issueAppCertificate(elsewhere, 'order-service', now, 1);
    await writeFile(files.certificateFile, day.certificate);
    await writeFile(files.privateKeyFile, day.privateKey);
    expect(await ensureDevCertificates(dir, ['order-service'], { now })).toEqual([]);
    const tomorrow = new Date(now.getTime() + 2 * 86_400_000);
    await expect(ensureDevCertificates(dir, ['order-service'], { now: tomorrow })).rejects.toThrow(
      /order-service.crt and order-service.key are missing, expired or not a pair/,
    );
  });

  it('agrees on one CA when apps start at the same moment', async () => {
    const apps = ['gateway', 'user-service', 'inventory-service', 'order-service'] as const;
    await Promise.all(apps.map((app) => ensureDevCertificates(dir, [app])));
    const ca = new X509Certificate(await readFile(join(dir, 'ca.crt')));
    for (const app of apps) {
      const cert = new X509Certificate(await readFile(join(dir, `${app}.crt`)));
      expect(cert.verify(ca.publicKey)).toBe(true);
    }
  });

  it('renews every certificate when asked (npm run certs:dev -- --renew), keeping the CA', async () => {
    await ensureDevCertificates(dir, ['gateway']);
    const before = await readFile(join(dir, 'gateway.crt'), 'utf8');
    const ca = await readFile(join(dir, 'ca.crt'), 'utf8');
    expect(await ensureDevCertificates(dir, ['gateway'], { renewAll: true })).toEqual(['gateway']);
    expect(await readFile(join(dir, 'gateway.crt'), 'utf8')).not.toBe(before);
    expect(await readFile(join(dir, 'ca.crt'), 'utf8')).toBe(ca);
  });
});
