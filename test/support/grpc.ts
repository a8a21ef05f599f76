import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { HELLO_PROTO, PROTO_LOADER_OPTIONS, USER_PROTO, type HelloClient, type UserServiceClient } from '@nestmall/contracts';

export interface GrpcClients {
  hello: HelloClient;
  users: UserServiceClient;
  close(): void;
}

/** Plain @grpc/grpc-js clients (no Nest) for the monolith's gRPC server. */
export function grpcClients(url: string): GrpcClients {
  const definition = protoLoader.loadSync([HELLO_PROTO.protoPath, USER_PROTO.protoPath], PROTO_LOADER_OPTIONS);
  const loaded = grpc.loadPackageDefinition(definition) as any;
  const credentials = grpc.credentials.createInsecure();
  const hello = new loaded.Hello(url, credentials) as HelloClient;
  const users = new loaded.nestmall.user.v1.UserService(url, credentials) as UserServiceClient;
  return { hello, users, close: () => [hello, users].forEach((c) => (c as unknown as grpc.Client).close()) };
}

/** Calls a unary method with a 5 s deadline and resolves with the answer or the ServiceError. */
export function unary<Req, Res>(
  client: unknown,
  method: string,
  request: Req,
): Promise<{ response?: Res; error?: grpc.ServiceError }> {
  return new Promise((resolve) => {
    const deadline = new Date(Date.now() + 5000);
    (client as Record<string, Function>)[method](request, { deadline }, (error: grpc.ServiceError | null, response: Res) =>
      resolve(error ? { error } : { response }),
    );
  });
}
