import { createSocket, type Socket } from 'node:dgram';
import dnsPacket from 'dns-packet';

/**
 * `<NAME>_SERVICE_URL=dns:///<app>:<port>` (a Kubernetes headless Service: one A record per ready
 * pod): the replica pool balances over every address the name resolves to and follows the
 * changes. A small DNS server of the test's own (127.0.0.1:4100) answers for hello.nestmall.test
 * with the addresses it is told; three real gRPC servers listen on 127.0.0.2-4 (the same port), and
 * end their connections after 500 ms as GRPC_MAX_CONNECTION_AGE_MS makes ours do. grpc-js is
 * pointed at that DNS server with a `dns://127.0.0.1:4100/...` target and its c-ares-style
 * resolver (GRPC_NODE_USE_ALTERNATIVE_RESOLVER, read when grpc-js loads: hence the late imports);
 * in a cluster the same resolver code runs over the system's lookup.
 */
process.env.GRPC_NODE_USE_ALTERNATIVE_RESOLVER = 'true';
const grpc = await import('@grpc/grpc-js');
const { loadSync } = await import('@grpc/proto-loader');
const { HELLO_PROTO, PROTO_LOADER_OPTIONS } = await import('@nestmall/contracts');
const { GrpcReplicaPool } = await import('@nestmall/platform');

const DNS_PORT = 4100;
const GRPC_PORT = 4101;
const NAME = 'hello.nestmall.test';
const records = { addresses: [] as string[] };

function startDns(): Promise<Socket> {
  const socket = createSocket('udp4');
  socket.on('message', (message, from) => {
    const query = dnsPacket.decode(message);
    const question = query.questions?.[0];
    const answers =
      question?.type === 'A' && question.name === NAME
        ? records.addresses.map((data) => ({
            type: 'A' as const,
            name: NAME,
            ttl: 0,
            class: 'IN' as const,
            data,
          }))
        : [];
    const response = dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
      questions: query.questions,
      answers,
    });
    socket.send(response, from.port, from.address);
  });
  return new Promise((resolve) => socket.bind(DNS_PORT, '127.0.0.1', () => resolve(socket)));
}

const helloService = (
  grpc.loadPackageDefinition(loadSync(HELLO_PROTO.protoPath, PROTO_LOADER_OPTIONS))
    .Hello as import('@grpc/grpc-js').ServiceClientConstructor
).service;

interface Replica {
  host: string;
  calls: number;
  server: import('@grpc/grpc-js').Server;
}

async function startReplica(host: string): Promise<Replica> {
  const server = new grpc.Server({
    'grpc.max_connection_age_ms': 500,
    'grpc.max_connection_age_grace_ms': 1000,
  });
  const replica: Replica = { host, calls: 0, server };
  server.addService(helloService, {
    SayHello: (
      call: { request: { name: string } },
      callback: (e: null, r: { message: string }) => void,
    ) => {
      replica.calls++;
      callback(null, { message: `${host} says hello to ${call.request.name}` });
    },
  });
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`${host}:${GRPC_PORT}`, grpc.ServerCredentials.createInsecure(), (e) =>
      e ? reject(e) : resolve(),
    ),
  );
  return replica;
}

describe('a dns: service URL balances over every address and follows DNS changes', () => {
  let dns: Socket;
  let replicas: Replica[];
  let pool: InstanceType<typeof GrpcReplicaPool>;
  const call = () =>
    pool.unary<{ message: string }>('SayHello', { name: 'pool' }, true) as Promise<{
      message: string;
    }>;
  const calls = () => Object.fromEntries(replicas.map((r) => [r.host, r.calls]));
  async function callUntil(done: () => boolean, what: string) {
    const deadline = Date.now() + 20_000;
    let made = 0;
    while (!done()) {
      if (Date.now() > deadline)
        throw new Error(`${what}: not after ${made} calls (${JSON.stringify(calls())})`);
      await call(); // each must succeed
      made++;
      await new Promise((r) => setTimeout(r, 20));
    }
    return made;
  }

  beforeAll(async () => {
    dns = await startDns();
    replicas = await Promise.all(['127.0.0.2', '127.0.0.3', '127.0.0.4'].map(startReplica));
    records.addresses = ['127.0.0.2', '127.0.0.3'];
    pool = new GrpcReplicaPool({
      service: 'Hello',
      contract: HELLO_PROTO,
      addresses: `dns://127.0.0.1:${DNS_PORT}/${NAME}:${GRPC_PORT}`,
      policy: 'round_robin',
      deadlineMs: 2000,
      retries: 2,
    });
  });

  afterAll(async () => {
    pool?.close();
    for (const r of replicas ?? []) r.server.forceShutdown();
    await new Promise<void>((resolve) => (dns ? dns.close(() => resolve()) : resolve()));
  });

  it('spreads calls over every address the name resolves to, and none elsewhere', async () => {
    for (let i = 0; i < 40; i++) await call();
    const [a, b, c] = replicas;
    expect(a.calls).toBeGreaterThan(0);
    expect(b.calls).toBeGreaterThan(0);
    expect(a.calls + b.calls).toBe(40);
    expect(c.calls).toBe(0); // listening, but not in DNS
    expect(pool.stats()).toHaveLength(1); // one channel: grpc-js balances inside it
  });

  it('finds a new address (a pod scaled up) once connections age out and the name is re-resolved', async () => {
    records.addresses = ['127.0.0.2', '127.0.0.3', '127.0.0.4'];
    const made = await callUntil(() => replicas[2].calls > 0, 'the new address called');
    console.log(`dns: the new address was called after ${made} calls: ${JSON.stringify(calls())}`);
  });

  it('keeps every call succeeding when an address leaves DNS and its server stops', async () => {
    records.addresses = ['127.0.0.3', '127.0.0.4'];
    replicas[0].server.forceShutdown();
    const stoppedAt = replicas[0].calls;
    for (let i = 0; i < 40; i++) await call(); // none fails
    expect(replicas[0].calls).toBe(stoppedAt);
    expect(replicas[1].calls + replicas[2].calls).toBeGreaterThan(40);
  });
});
