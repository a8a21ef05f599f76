import type { GrpcOptions } from '@nestjs/microservices';
import { Transport } from '@nestjs/microservices';
import { PROTO_LOADER_OPTIONS, type ProtoContract } from '@nestmall/contracts';

/**
 * Options for one gRPC server on `url` serving the given contracts (shared by apps and e2e tests).
 * The package is always the root (''): Nest then registers every service it finds under its fully
 * qualified name, so controllers name services as `nestmall.user.v1.UserService` whichever other
 * contracts (such as the course's package-less Hello) share the server.
 */
export function grpcServerOptions(url: string, contracts: ProtoContract[]): GrpcOptions {
  return {
    transport: Transport.GRPC,
    options: {
      url,
      package: '',
      protoPath: contracts.map((c) => c.protoPath),
      loader: PROTO_LOADER_OPTIONS,
    },
  };
}
