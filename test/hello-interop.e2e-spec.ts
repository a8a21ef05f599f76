import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROTO_DIR } from '@nestmall/contracts';
import { sqliteDatabase } from './support/databases.js';
import { startMall } from './support/mall.js';
import type { ShopUnderTest } from './support/shop.js';
import { unavailable } from './support/needs.js';
import { TEST_TLS_DIR } from './support/tls.js';

/**
 * The course's Hello service answers a client generated from hello.proto by another gRPC
 * implementation: Python grpcio (Debian's python3-grpcio and python3-grpc-tools; .ci/run installs
 * them). Where they are missing, a local run says so and skips; CI fails instead.
 */
const PYTHON = process.env.INTEROP_PYTHON ?? '/usr/bin/python3';

function pythonGrpcAvailable(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import grpc, grpc_tools.protoc'], { stdio: 'ignore' });
    return true;
  } catch {
    const why = `${PYTHON} with grpcio and grpc_tools is not installed (apt-get install python3-grpcio python3-grpc-tools)`;
    return unavailable('the Python gRPC interop test', why);
  }
}

const describeIf = pythonGrpcAvailable() ? describe : describe.skip;

describeIf('Hello over gRPC from Python grpcio (another implementation)', () => {
  const database = sqliteDatabase();
  let mall: ShopUnderTest;

  beforeAll(async () => {
    mall = await startMall(database.url);
  });

  afterAll(async () => {
    await mall?.close();
    await database.drop();
  });

  const client = (...args: string[]) =>
    promisify(execFile)(
      PYTHON,
      [join(import.meta.dirname, 'interop/hello_client.py'), PROTO_DIR, mall.grpcUrl, ...args],
      { timeout: 30_000 },
    );

  it('answers "Hello GRPC" for the name "GRPC" over TLS, with the CA and no client certificate', async () => {
    const { stdout } = await client('GRPC', join(TEST_TLS_DIR, 'ca.crt'));
    expect(stdout.trim()).toBe('Hello GRPC');
  });

  it('does not answer a plaintext client (the port speaks TLS only)', async () => {
    await expect(client('GRPC')).rejects.toThrow(/StatusCode.UNAVAILABLE/);
  });
});
