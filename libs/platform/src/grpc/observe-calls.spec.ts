import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { HELLO_PROTO, PROTO_LOADER_OPTIONS } from '@nestmall/contracts';
import { currentRequest, type RequestContext } from '../logging/request-context.js';
import { Metrics } from '../observability/metrics.js';
import { guardRequestDecoding, refuseMalformedRequests } from './malformed-request.js';
import { observeGrpcCalls } from './observe-calls.js';

const SAY_HELLO = '/Hello/SayHello';

/**
 * A real grpc-js server of hello.proto with the interceptors grpcServerOptions installs. Its
 * handler records the request context it runs in, and answers NOT_FOUND to the name "nobody",
 * after an await (the context must survive it).
 */
async function helloServer(metrics: Metrics) {
  const definition = protoLoader.loadSync(HELLO_PROTO.protoPath, PROTO_LOADER_OPTIONS);
  const service = guardRequestDecoding(definition.Hello) as unknown as grpc.ServiceDefinition;
  const seen: (RequestContext | undefined)[] = [];
  const server = new grpc.Server({
    interceptors: [observeGrpcCalls(metrics), refuseMalformedRequests],
  });
  server.addService(service, {
    SayHello: (
      call: grpc.ServerUnaryCall<{ name: string }, unknown>,
      done: grpc.sendUnaryData<unknown>,
    ) => {
      void (async () => {
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(currentRequest());
        if (call.request.name === 'nobody')
          done({ code: grpc.status.NOT_FOUND, details: 'no such user' });
        else done(null, { message: `Hello ${call.request.name}` });
      })();
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) =>
      e ? reject(e) : resolve(p),
    ),
  );
  return { url: `127.0.0.1:${port}`, server, seen };
}

function call(url: string, bytes: Buffer, metadata = new grpc.Metadata()) {
  const client = new grpc.Client(url, grpc.credentials.createInsecure());
  return new Promise<grpc.ServiceError | null>((resolve) => {
    client.makeUnaryRequest(
      SAY_HELLO,
      (b: Buffer) => b,
      (b: Buffer) => b,
      bytes,
      metadata,
      (error) => {
        client.close();
        resolve(error);
      },
    );
  });
}

/** hello.proto's HelloRequest { name = 1 } with `name`. */
const helloRequest = (name: string) =>
  Buffer.concat([Buffer.from([0x0a, name.length]), Buffer.from(name)]);

async function count(metrics: Metrics, code: string): Promise<number> {
  const metric = await metrics.registry.getSingleMetric('nestmall_grpc_server_calls_total')?.get();
  const value = metric?.values.find((v) => v.labels.method === SAY_HELLO && v.labels.code === code);
  return value?.value ?? 0;
}

describe('observeGrpcCalls', () => {
  const metrics = new Metrics('observe-calls-spec');
  let hello: Awaited<ReturnType<typeof helloServer>>;
  beforeAll(async () => (hello = await helloServer(metrics)));
  afterAll(() => hello.server.forceShutdown());

  it("serves the call in its caller's request id and trace id, across an await", async () => {
    const metadata = new grpc.Metadata();
    metadata.set('x-request-id', 'req-42');
    metadata.set('traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    expect(await call(hello.url, helloRequest('Ann'), metadata)).toBeNull();
    expect(hello.seen.at(-1)).toEqual({
      requestId: 'req-42',
      traceId: '0af7651916cd43dd8448eb211c80319c',
    });
  });

  it('gives a call without metadata a request id of its own', async () => {
    expect(await call(hello.url, helloRequest('Bob'))).toBeNull();
    expect(hello.seen.at(-1)?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts each call by method and the status it ended with', async () => {
    const [ok, notFound, invalid] = await Promise.all(
      ['OK', 'NOT_FOUND', 'INVALID_ARGUMENT'].map((code) => count(metrics, code)),
    );
    expect(await call(hello.url, helloRequest('Cy'))).toBeNull();
    expect((await call(hello.url, helloRequest('nobody')))?.code).toBe(grpc.status.NOT_FOUND);
    // Refused by refuseMalformedRequests before any handler: still counted, as sent.
    expect((await call(hello.url, Buffer.from([0x17, 0x01])))?.code).toBe(
      grpc.status.INVALID_ARGUMENT,
    );
    expect(await count(metrics, 'OK')).toBe(ok + 1);
    expect(await count(metrics, 'NOT_FOUND')).toBe(notFound + 1);
    expect(await count(metrics, 'INVALID_ARGUMENT')).toBe(invalid + 1);
    const durations = await metrics.registry
      .getSingleMetric('nestmall_grpc_server_call_duration_seconds')
      ?.get();
    const calls = durations?.values.find(
      (v) =>
        (v as { metricName?: string }).metricName?.endsWith('_count') &&
        v.labels.method === SAY_HELLO,
    );
    expect(calls?.value).toBe(
      (await count(metrics, 'OK')) +
        (await count(metrics, 'NOT_FOUND')) +
        (await count(metrics, 'INVALID_ARGUMENT')),
    );
  });
});
