import { createRequire } from 'node:module';
import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import * as protoLoader from '@grpc/proto-loader';
import type { ServiceApp } from '@nestmall/platform';
import {
  HELLO_PROTO,
  PROTO_LOADER_OPTIONS,
  USER_PROTO,
  type HelloClient,
  type ProtoContract,
  type UserServiceClient,
} from '@nestmall/contracts';
import { clientCredentials } from './tls.js';

const require_ = createRequire(import.meta.url);

export interface GrpcClients {
  hello: HelloClient;
  users: UserServiceClient;
  close(): void;
}

/**
 * Plain @grpc/grpc-js clients (no Nest) for the monolith's gRPC server, over mutual TLS as `as`
 * (the gateway, which calls the user-facing RPCs in the split topology).
 */
export function grpcClients(url: string, as: ServiceApp = 'gateway'): GrpcClients {
  const definition = protoLoader.loadSync(
    [HELLO_PROTO.protoPath, USER_PROTO.protoPath],
    PROTO_LOADER_OPTIONS,
  );
  const loaded = grpc.loadPackageDefinition(definition) as any;
  const credentials = clientCredentials(as);
  const hello = new loaded.Hello(url, credentials) as HelloClient;
  const users = new loaded.nestmall.user.v1.UserService(url, credentials) as UserServiceClient;
  return {
    hello,
    users,
    close: () => [hello, users].forEach((c) => (c as unknown as grpc.Client).close()),
  };
}

/** A plain grpc-js client of `service` (fully qualified) from `contract`, with `credentials`. */
export function serviceClient(
  url: string,
  contract: ProtoContract,
  service: string,
  credentials: grpc.ChannelCredentials,
): grpc.Client {
  let node: any = grpc.loadPackageDefinition(
    protoLoader.loadSync(contract.protoPath, PROTO_LOADER_OPTIONS),
  );
  for (const part of service.split('.')) node = node[part];
  return new node(url, credentials);
}

/** Calls a unary method with a 5 s deadline and resolves with the answer or the ServiceError. */
export function unary<Req, Res>(
  client: unknown,
  method: string,
  request: Req,
  metadata = new grpc.Metadata(),
): Promise<{ response?: Res; error?: grpc.ServiceError }> {
  return new Promise((resolve) => {
    const deadline = new Date(Date.now() + 5000);
    (client as Record<string, Function>)[method](
      request,
      metadata,
      { deadline },
      (error: grpc.ServiceError | null, response: Res) => resolve(error ? { error } : { response }),
    );
  });
}

/** grpc.health.v1.Health/Check for `service` ('' = the whole server). */
export function healthStatus(url: string, service = ''): Promise<string> {
  const Health = grpc.makeGenericClientConstructor(healthService, 'Health');
  const client = new Health(url, clientCredentials(null));
  return new Promise((resolve, reject) => {
    (client as any).Check(
      { service },
      { deadline: Date.now() + 5000 },
      (error: grpc.ServiceError | null, answer: { status: string }) => {
        client.close();
        if (error) reject(error);
        else resolve(answer.status);
      },
    );
  });
}

/** The services a server lists through server reflection (grpc.reflection.v1), as grpcurl would. */
export function reflectedServices(url: string): Promise<string[]> {
  const protoPath = require_.resolve(
    '@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto',
  );
  const loaded = grpc.loadPackageDefinition(
    protoLoader.loadSync(protoPath, { keepCase: true }),
  ) as any;
  const client = new loaded.grpc.reflection.v1.ServerReflection(url, clientCredentials(null));
  return new Promise((resolve, reject) => {
    const call = client.ServerReflectionInfo({ deadline: Date.now() + 5000 });
    call.on('data', (answer: { list_services_response?: { service: { name: string }[] } }) => {
      resolve((answer.list_services_response?.service ?? []).map((s) => s.name).sort());
      call.end();
      client.close();
    });
    call.on('error', reject);
    call.write({ list_services: '' });
  });
}
