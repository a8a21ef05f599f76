// @peculiar/x509 resolves its parts through tsyringe, which needs the Reflect API loaded first.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import { spiffeIdOf, type ServiceApp } from './service-identity.js';

/**
 * @peculiar/x509 and its ASN.1 packages (some 150 modules), loaded when a certificate is made,
 * not by every app that imports libs/platform: with its certificates in place, a start needs none.
 */
const loadX509 = () => import('@peculiar/x509');

/** A certificate and its private key, both PEM. */
export interface PemPair {
  certificate: string;
  privateKey: string;
}

// ECDSA P-256: keys in milliseconds (RSA 2048 takes about a second each), accepted by every TLS
// stack we meet (Node, grpc-go, Python grpcio).
const KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;
/** The development CA outlives many app certificates; apps renew theirs at start (below). */
export const CA_DAYS = 3650;
export const APP_CERTIFICATE_DAYS = 90;

const crypto = webcrypto;

/** A self-signed CA that may sign only end-entity certificates (path length 0). */
export async function createDevCa(now = new Date()): Promise<PemPair> {
  const x509 = await loadX509();
  const keys = await crypto.subtle.generateKey(KEY, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serialNumber(),
      name: `CN=nestmall development CA ${now.toISOString().slice(0, 10)}`,
      notBefore: backdated(now),
      notAfter: new Date(now.getTime() + CA_DAYS * DAY_MS),
      signingAlgorithm: SIGNING,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
          true,
        ),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  return { certificate: certificate.toString('pem'), privateKey: await pemOf(keys.privateKey) };
}

/**
 * A certificate for `app`, signed by `ca`, good as a TLS server and as a TLS client: its URI SAN
 * spiffe://nestmall/<app> is the identity servers check; DNS <app> (the host name in
 * docker/compose.split.yaml), localhost, 127.0.0.1 and ::1 let clients verify it as a server.
 */
export async function issueAppCertificate(
  ca: PemPair,
  app: ServiceApp,
  now = new Date(),
  days = APP_CERTIFICATE_DAYS,
): Promise<PemPair> {
  const x509 = await loadX509();
  const caCertificate = new x509.X509Certificate(ca.certificate);
  const caKey = await crypto.subtle.importKey(
    'pkcs8',
    x509.PemConverter.decodeFirst(ca.privateKey),
    KEY,
    false,
    ['sign'],
  );
  const keys = await crypto.subtle.generateKey(KEY, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber: serialNumber(),
      subject: `CN=${app}, O=nestmall`,
      issuer: caCertificate.subject,
      notBefore: backdated(now),
      notAfter: new Date(now.getTime() + days * DAY_MS),
      signingAlgorithm: SIGNING,
      publicKey: keys.publicKey,
      signingKey: caKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension(
          [x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth],
          false,
        ),
        new x509.SubjectAlternativeNameExtension(
          [
            { type: 'url', value: spiffeIdOf(app) },
            { type: 'dns', value: app },
            { type: 'dns', value: 'localhost' },
            { type: 'ip', value: '127.0.0.1' },
            { type: 'ip', value: '::1' },
          ],
          false,
        ),
        await x509.AuthorityKeyIdentifierExtension.create(caCertificate, false, crypto),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  return { certificate: certificate.toString('pem'), privateKey: await pemOf(keys.privateKey) };
}

async function pemOf(key: webcrypto.CryptoKey): Promise<string> {
  const x509 = await loadX509();
  return x509.PemConverter.encode(await crypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

/** 128 random bits with the top bit clear: a positive serial, as RFC 5280 asks. */
function serialNumber(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] &= 0x7f;
  return Buffer.from(bytes).toString('hex');
}

/** An hour before `now`, so a peer whose clock is a little behind accepts a fresh certificate. */
function backdated(now: Date): Date {
  return new Date(now.getTime() - 3_600_000);
}
