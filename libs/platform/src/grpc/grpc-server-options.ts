import type { Server, ServerCredentials } from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import type { GrpcOptions } from '@nestjs/microservices';
import { Transport } from '@nestjs/microservices';
import { PROTO_LOADER_OPTIONS, type ProtoContract } from '@nestmall/contracts';
import { HealthImplementation } from 'grpc-health-check';
import type { Metrics } from '../observability/metrics.js';
import { addLazyReflection } from './lazy-reflection.js';
import {
  guardRequestDecoding,
  refuseMalformedRequests,
  withGuardedDecoding,
} from './malformed-request.js';
import { observeGrpcCalls } from './observe-calls.js';

/**
 * Options for one gRPC server on `url` serving the given contracts (shared by apps and e2e tests).
 * The package is always the root (''): Nest then registers every service it finds under its fully
 * qualified name, so controllers name services as `nestmall.user.v1.UserService` whichever other
 * contracts (such as the course's package-less Hello) share the server.
 *
 * Every server also answers the standard health service (grpc.health.v1.Health, '' and each
 * service SERVING) and server reflection (indexed on its first call), so grpcurl and load balancers work against it.
 * `credentials`: GrpcTls.serverCredentials() (mutual TLS); plaintext when left out.
 * A request whose bytes do not decode is INVALID_ARGUMENT on every method (malformed-request.ts).
 * Every call is served in its caller's request context and trace, counted and timed in `metrics`
 * (observe-calls.ts).
 * `health`: given a setter, whoever knows the app's readiness moves every status with it.
 * Shutdown is graceful: the server stops accepting and lets its in-flight calls finish.
 */
export function grpcServerOptions(
  url: string,
  contracts: ProtoContract[],
  credentials?: ServerCredentials,
  health?: (follow: (ready: boolean) => void) => void,
  /**
   * Ends each client connection after this long (GOAWAY, in-flight calls finish): clients that
   * balance over a DNS name resolve it again on reconnecting and find new replicas. 0: never.
   */
  maxConnectionAgeMs = 0,
  metrics?: Metrics,
): GrpcOptions {
  return {
    transport: Transport.GRPC,
    options: {
      url,
      credentials,
      package: '',
      protoPath: contracts.map((c) => c.protoPath),
      loader: PROTO_LOADER_OPTIONS,
      gracefulShutdown: true,
      channelOptions: {
        interceptors: [observeGrpcCalls(metrics), refuseMalformedRequests],
        ...(maxConnectionAgeMs > 0
          ? {
              'grpc.max_connection_age_ms': maxConnectionAgeMs,
              'grpc.max_connection_age_grace_ms': 30_000,
            }
          : {}),
      },
      onLoadPackageDefinition: (
        definition: PackageDefinition,
        grpcServer: Pick<Server, 'addService'>,
      ) => {
        const server = withGuardedDecoding(grpcServer);
        addLazyReflection(definition, server);
        const services = Object.keys(definition).filter((name) => isService(definition[name]));
        // Nest builds its services from this same definition right after this hook.
        services.forEach((name) => guardRequestDecoding(definition[name]));
        const statuses = Object.fromEntries(
          ['', ...services].map((name) => [name, 'SERVING' as const]),
        );
        const implementation = new HealthImplementation(statuses);
        implementation.addToServer(server);
        health?.((ready) => {
          for (const name of Object.keys(statuses))
            implementation.setStatus(name, ready ? 'SERVING' : 'NOT_SERVING');
        });
      },
    },
  };
}

/** In a proto-loader definition, a service is an object of method definitions (with a `path`). */
function isService(entry: unknown): boolean {
  if (!entry || typeof entry !== 'object') return false;
  const first = Object.values(entry)[0] as { path?: unknown } | undefined;
  return typeof first?.path === 'string';
}
