import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { HELLO_PROTO, PROTO_LOADER_OPTIONS } from '@nestmall/contracts';
import { guardRequestDecoding, refuseMalformedRequests } from './malformed-request.js';

const SAY_HELLO = '/Hello/SayHello';

/** A real grpc-js server of hello.proto, guarded as grpcServerOptions guards every server. */
async function helloServer(): Promise<{ url: string; server: grpc.Server; calls: unknown[] }> {
  const definition = protoLoader.loadSync(HELLO_PROTO.protoPath, PROTO_LOADER_OPTIONS);
  const service = guardRequestDecoding(definition.Hello) as unknown as grpc.ServiceDefinition;
  const calls: unknown[] = [];
  const server = new grpc.Server({ interceptors: [refuseMalformedRequests] });
  server.addService(service, {
    SayHello: (call: grpc.ServerUnaryCall<unknown, unknown>, done: grpc.sendUnaryData<unknown>) => {
      calls.push(call.request);
      done(null, { message: 'hi' });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) =>
      e ? reject(e) : resolve(p),
    ),
  );
  return { url: `127.0.0.1:${port}`, server, calls };
}

function sendBytes(url: string, bytes: Buffer): Promise<grpc.ServiceError | null> {
  const client = new grpc.Client(url, grpc.credentials.createInsecure());
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      SAY_HELLO,
      (b: Buffer) => b,
      (b: Buffer) => b,
      bytes,
      (error) => {
        client.close();
        resolve(error);
      },
    );
  });
}

describe('refuseMalformedRequests', () => {
  let hello: Awaited<ReturnType<typeof helloServer>>;
  beforeAll(async () => (hello = await helloServer()));
  afterAll(() => hello.server.forceShutdown());

  it('answers INVALID_ARGUMENT, saying why in one line, to bytes that do not decode', async () => {
    // An unknown field 2 with wire type 7, which protobuf does not have.
    const error = await sendBytes(hello.url, Buffer.from([0x17, 0x01]));
    expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error?.details).toMatch(/^\/Hello\/SayHello: the request is not a valid protobuf/);
    expect(error?.details).toMatch(/wire type 7/);
    expect(error?.details).not.toMatch(/\n|\bat .*\.js/);
    expect(hello.calls).toHaveLength(0);
  });

  it('answers INVALID_ARGUMENT to a varint that runs past the end', async () => {
    const error = await sendBytes(hello.url, Buffer.from([0xff, 0xff]));
    expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
  });

  it('passes a message that decodes to the handler', async () => {
    const error = await sendBytes(hello.url, Buffer.from([0x0a, 0x02, 0x41, 0x42]));
    expect(error).toBeNull();
    expect(hello.calls.at(-1)).toEqual({ name: 'AB' });
  });
});
