#!/usr/bin/env node
// `npm run demo:hello`: the course's gRPC client (chapter 4, "实现客户端代码"), in Node. It loads
// proto/hello.proto at run time (as the Go client uses the generated hello.pb.go), calls
// Hello.SayHello on the running shop and prints the answer. The shop's gRPC port speaks TLS: the
// client trusts the development CA (GRPC_TLS_DIR/ca.crt, made by the shop on its first start) and
// needs no certificate of its own, because Hello is the one public service besides health.
//   GRPC_URL (localhost:8001, the monolith's), GRPC_TLS_DIR (./data/tls), GRPC_TLS=off for a
//   plaintext server, --name NAME ("GRPC", as in the course)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const at = process.argv.indexOf('--name');
const name = at > 0 ? (process.argv[at + 1] ?? '') : 'GRPC';
const target = process.env.GRPC_URL ?? 'localhost:8001';
const tlsDir = process.env.GRPC_TLS_DIR ?? './data/tls';

const definition = protoLoader.loadSync(resolve(import.meta.dirname, '../proto/hello.proto'), {
  keepCase: true,
});
const { Hello } = grpc.loadPackageDefinition(definition);

let credentials;
if (process.env.GRPC_TLS === 'off') {
  credentials = grpc.credentials.createInsecure();
} else {
  try {
    credentials = grpc.credentials.createSsl(readFileSync(join(tlsDir, 'ca.crt')));
  } catch {
    console.error(
      `no CA at ${join(tlsDir, 'ca.crt')}: start the shop once (it makes one), or set GRPC_TLS_DIR`,
    );
    process.exit(1);
  }
}

const client = new Hello(target, credentials);
client.SayHello({ name }, { deadline: Date.now() + 10_000 }, (error, reply) => {
  client.close();
  if (error) {
    console.error(`Hello.SayHello at ${target} failed: ${error.details || error.message}`);
    process.exit(1);
  }
  console.log(
    `Hello.SayHello({ name: ${JSON.stringify(name)} }) -> ${JSON.stringify(reply.message)}`,
  );
});
