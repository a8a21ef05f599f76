import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { HELLO_PROTO, PROTO_LOADER_OPTIONS } from '@nestmall/contracts';
import { GrpcTls } from './grpc-tls.js';
import type { ServiceApp } from './service-identity.js';
import { appTlsFiles, ensureDevCertificates } from './tls-directory.js';

const { Hello } = grpc.loadPackageDefinition(
  loadSync(HELLO_PROTO.protoPath, PROTO_LOADER_OPTIONS),
) as unknown as { Hello: grpc.ServiceClientConstructor };

interface Answer {
  code: grpc.status;
  /** The serial number of the certificate the server presented. */
  serverSerial?: string;
}

/** One SayHello on a fresh channel. */
function sayHello(address: string, credentials: grpc.ChannelCredentials): Promise<Answer> {
  const client = new Hello(address, credentials);
  return new Promise((resolve) => {
    const call = (client as any).SayHello(
      { name: 'tls' },
      { deadline: Date.now() + 3000 },
      (error: grpc.ServiceError | null) => {
        const raw = call.getAuthContext()?.sslPeerCertificate?.raw as Buffer | undefined;
        client.close();
        resolve({
          code: error ? error.code : grpc.status.OK,
          serverSerial: raw ? new X509Certificate(raw).serialNumber : undefined,
        });
      },
    );
  });
}

describe('GrpcTls against a real grpc-js server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nestmall-grpc-tls-'));
  let server: grpc.Server;
  let address: string;
  const reloadMs = 300;

  beforeAll(async () => {
    await ensureDevCertificates(dir, ['inventory-service', 'order-service']);
    const tls = new GrpcTls('inventory-service', appTlsFiles(dir, 'inventory-service'), reloadMs);
    server = new grpc.Server();
    server.addService(Hello.service, {
      SayHello: (_call: unknown, callback: grpc.sendUnaryData<object>) =>
        callback(null, { message: 'hi' }),
    });
    // Nothing public here: SayHello needs a client certificate like any service-only RPC.
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', tls.serverCredentials(), (e, p) =>
        e ? reject(e) : resolve(p),
      ),
    );
    address = `127.0.0.1:${port}`;
  });

  afterAll(() => {
    server.forceShutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  const orderService = () =>
    new GrpcTls('order-service', appTlsFiles(dir, 'order-service'), reloadMs);
  const client = () => orderService().channelCredentials();
  const caOnly = () => grpc.credentials.createSsl(readFileSync(join(dir, 'ca.crt')));

  it('answers a client that presents a certificate of our CA', async () => {
    expect((await sayHello(address, client())).code).toBe(grpc.status.OK);
  });

  it('checks which app the server is, when the channel says who may serve it', async () => {
    const expecting = (...apps: ServiceApp[]) => orderService().channelCredentials(apps);
    expect((await sayHello(address, expecting('inventory-service', 'mall'))).code).toBe(
      grpc.status.OK,
    );
    // The inventory-service's certificate does not pass for the user-service.
    expect((await sayHello(address, expecting('user-service'))).code).toBe(grpc.status.UNAVAILABLE);
  });

  it('refuses a TLS client without a certificate with UNAUTHENTICATED', async () => {
    expect((await sayHello(address, caOnly())).code).toBe(grpc.status.UNAUTHENTICATED);
  });

  it('never lets a plaintext client through', async () => {
    const answer = await sayHello(address, grpc.credentials.createInsecure());
    expect(answer.code).toBe(grpc.status.UNAVAILABLE);
  });

  it('serves a renewed certificate without a restart, within the reload interval', async () => {
    const before = (await sayHello(address, client())).serverSerial;
    expect(before).toBeDefined();
    await ensureDevCertificates(dir, ['inventory-service'], { renewAll: true });
    await new Promise((r) => setTimeout(r, reloadMs * 3));
    const after = await sayHello(address, client());
    expect(after.code).toBe(grpc.status.OK);
    expect(after.serverSerial).toBeDefined();
    expect(after.serverSerial).not.toBe(before);
    const onDisk = new X509Certificate(readFileSync(join(dir, 'inventory-service.crt')));
    expect(after.serverSerial).toBe(onDisk.serialNumber);
  });

  it('is plaintext with GRPC_TLS=off (no files), and says so', () => {
    const off = new GrpcTls('gateway', null, reloadMs);
    expect(off.enabled).toBe(false);
    expect(off.serverCredentials()._isSecure()).toBe(false);
    expect(off.describe()).toMatch(/PLAINTEXT/);
  });
});
