import { createPrivateKey, X509Certificate } from 'node:crypto';
import { createDevCa, issueAppCertificate } from './dev-certificates.js';

describe('development certificates', () => {
  it('makes a CA that may sign end-entity certificates only', async () => {
    const ca = new X509Certificate((await createDevCa()).certificate);
    expect(ca.ca).toBe(true);
    expect(ca.checkIssued(ca)).toBe(true);
    expect(ca.subject).toMatch(/nestmall development CA/);
    expect(ca.toLegacyObject().ext_key_usage).toBeUndefined();
  });

  it('issues an app certificate naming the app, for TLS servers and clients, signed by the CA', async () => {
    const caPair = await createDevCa();
    const ca = new X509Certificate(caPair.certificate);
    const now = new Date('2026-11-30T00:00:00Z');
    const pair = await issueAppCertificate(caPair, 'order-service', now);
    const cert = new X509Certificate(pair.certificate);

    expect(cert.ca).toBe(false);
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(pair.privateKey))).toBe(true);
    expect(cert.subjectAltName?.split(', ')).toEqual([
      'URI:spiffe://nestmall/order-service',
      'DNS:order-service',
      'DNS:localhost',
      'IP Address:127.0.0.1',
      'IP Address:0:0:0:0:0:0:0:1',
    ]);
    expect(cert.toLegacyObject().ext_key_usage).toEqual([
      '1.3.6.1.5.5.7.3.1', // serverAuth
      '1.3.6.1.5.5.7.3.2', // clientAuth
    ]);
    expect(Date.parse(cert.validTo) - now.getTime()).toBe(90 * 86_400_000);
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
  });

  it('is not verified by another CA', async () => {
    const pair = await issueAppCertificate(await createDevCa(), 'gateway');
    const stranger = new X509Certificate((await createDevCa()).certificate);
    expect(new X509Certificate(pair.certificate).verify(stranger.publicKey)).toBe(false);
  });
});
