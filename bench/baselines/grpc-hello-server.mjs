// Baseline of grpc-hello: Hello.SayHello from proto/hello.proto on a raw @grpc/grpc-js server,
// loaded with the same proto-loader options as the apps, over TLS with the monolith's certificate
// from the GRPC_TLS_DIR given as the first argument. Prints {"ready":true,"port":N}.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';

const PROTO_DIR = resolve(import.meta.dirname, '../../proto');
const definition = protoLoader.loadSync(join(PROTO_DIR, 'hello.proto'), {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
});
const { Hello } = grpc.loadPackageDefinition(definition);

const server = new grpc.Server();
server.addService(Hello.service, {
  SayHello: (call, callback) => callback(null, { message: `Hello ${call.request.name}` }),
});
const tlsDir = process.argv[2];
const credentials = grpc.ServerCredentials.createSsl(readFileSync(join(tlsDir, 'ca.crt')), [
  {
    private_key: readFileSync(join(tlsDir, 'mall.key')),
    cert_chain: readFileSync(join(tlsDir, 'mall.crt')),
  },
]);
server.bindAsync('127.0.0.1:0', credentials, (error, port) => {
  if (error) {
    console.log(JSON.stringify({ error: error.message }));
    process.exit(1);
  }
  console.log(JSON.stringify({ ready: true, port }));
});
process.on('SIGTERM', () => server.tryShutdown(() => process.exit(0)));
