import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from '@grpc/proto-loader';

/**
 * proto/ at the repository root: the single source of every service contract. Found by walking
 * up from this file, so it is the same folder from the sources (tests) and from dist/ (builds).
 */
export const PROTO_DIR: string = findProtoDir();

function findProtoDir(): string {
  if (process.env.PROTO_DIR) return process.env.PROTO_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'proto', 'hello.proto'))) return join(dir, 'proto');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('proto/ not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** How every server and client here loads protos; the generated types assume exactly these. */
export const PROTO_LOADER_OPTIONS: Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

/** A contract: the proto package (empty for the course's hello.proto) and its file under proto/. */
export interface ProtoContract {
  package: string;
  protoPath: string;
  /** Method paths any caller may use, without the client certificate every other RPC needs. */
  publicMethods?: string[];
}

export const HELLO_PROTO: ProtoContract = {
  package: '',
  protoPath: join(PROTO_DIR, 'hello.proto'),
  // The course's interop service: clients of other stacks (grpcio, grpc-go) call it with the CA only.
  publicMethods: ['/Hello/SayHello'],
};

/**
 * The contract of `file` (a path under proto/) in proto package `packageName`. A context declares
 * its own with this (ORDER_PROTO in libs/orders), so a new one changes nothing here.
 */
export function protoContract(packageName: string, file: string): ProtoContract {
  return { package: packageName, protoPath: join(PROTO_DIR, file) };
}

// The users' contract stays here: the platform's verifiers fetch the public keys from it.
export const USER_PROTO: ProtoContract = protoContract(
  'nestmall.user.v1',
  'nestmall/user/v1/user.proto',
);
