import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import {
  credentials,
  experimental,
  ServerCredentials,
  type ChannelCredentials,
} from '@grpc/grpc-js';
import { requireClientCertificate } from './client-certificate.interceptor.js';
import type { AppTlsFiles } from './tls-directory.js';
import { serviceIdentityOf, type ServiceApp } from './service-identity.js';

/** Methods of the platform's own services that answer without a client certificate. */
const PLATFORM_PUBLIC_METHODS = [
  // Probes and load balancers ask for health without an identity of ours.
  '/grpc.health.v1.Health/Check',
  '/grpc.health.v1.Health/Watch',
  // The contracts it lists are the ones in proto/, published anyway.
  '/grpc.reflection.v1.ServerReflection/ServerReflectionInfo',
  '/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo',
];

/**
 * The gRPC credentials of one app: with TLS, servers and channels read `files` and read them
 * again every `reloadMs` (grpc-js's FileWatcherCertificateProvider), so a renewed certificate or
 * CA bundle is used without a restart; `files` null is GRPC_TLS=off (plaintext, nobody
 * authenticated). One provider per process, shared by its server and all its channels.
 */
export class GrpcTls {
  private readonly provider?: experimental.FileWatcherCertificateProvider;

  constructor(
    readonly app: ServiceApp,
    readonly files: AppTlsFiles | null,
    reloadMs: number,
  ) {
    if (files) {
      this.provider = new experimental.FileWatcherCertificateProvider({
        ...files,
        refreshIntervalMs: reloadMs,
      });
    }
  }

  get enabled(): boolean {
    return this.provider !== undefined;
  }

  /** For the start-up banner. */
  describe(): string {
    if (!this.files) return 'PLAINTEXT (GRPC_TLS=off): no caller is authenticated';
    return `mutual TLS as ${this.app} (${this.files.certificateFile}, CA ${this.files.caCertificateFile})`;
  }

  /** A server that presents this app's certificate and authenticates every non-public call. */
  serverCredentials(publicMethods: readonly string[] = []): ServerCredentials {
    if (!this.provider) return ServerCredentials.createInsecure();
    const tls = experimental.createCertificateProviderServerCredentials(
      this.provider,
      this.provider,
      false,
    );
    return experimental.createServerCredentialsWithInterceptors(tls, [
      requireClientCertificate(new Set([...PLATFORM_PUBLIC_METHODS, ...publicMethods])),
    ]);
  }

  /**
   * A channel that presents this app's certificate and checks the server's against the CA, its
   * address, and the apps that may serve it (`servedBy`): another app's certificate, stolen or
   * misrouted, does not pass for the inventory-service. A refused server is UNAVAILABLE.
   */
  channelCredentials(servedBy?: readonly ServiceApp[]): ChannelCredentials {
    if (!this.provider) return credentials.createInsecure();
    quietIpServerNameWarning();
    const verify = servedBy && {
      // grpc-js replaces Node's host name check with this one, so it runs that check first.
      checkServerIdentity: (host: string, certificate: PeerCertificate) =>
        checkServerIdentity(host, certificate) ?? expectServer(servedBy, certificate),
    };
    return experimental.createCertificateProviderChannelCredentials(
      this.provider,
      this.provider,
      verify,
    );
  }
}

function expectServer(
  servedBy: readonly ServiceApp[],
  certificate: PeerCertificate,
): Error | undefined {
  const app = serviceIdentityOf({ sslPeerCertificate: certificate });
  if (app && servedBy.includes(app)) return undefined;
  return new Error(`the server is ${app ?? 'no nestmall app'}, not ${servedBy.join(' or ')}`);
}

let ipServerNameWarningQuiet = false;

/**
 * grpc-js passes the target's host to TLS as the server name (SNI) even when it is an IP address
 * (a channel to 127.0.0.1:50052), and Node then prints DEP0123 ("Setting the TLS ServerName to an
 * IP address is not permitted by RFC 6066") once per process, in every app's start-up output of
 * the local split topology. Node already leaves the IP out of the handshake, and the certificate
 * is still checked against it (our certificates name 127.0.0.1 and ::1): there is nothing for
 * an operator to act on. Only that warning is dropped; every other one is printed as before.
 */
function quietIpServerNameWarning(): void {
  if (ipServerNameWarningQuiet) return;
  ipServerNameWarningQuiet = true;
  const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = (...args: unknown[]) => {
    const [, typeOrOptions, code] = args;
    const codeOf =
      typeof typeOrOptions === 'object' && typeOrOptions !== null
        ? (typeOrOptions as { code?: string }).code
        : code;
    if (codeOf === 'DEP0123') return;
    emitWarning(...args);
  };
}
