import {
  Server,
  ServerCredentials,
  status,
  loadPackageDefinition,
  type ServiceError,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { HELLO_PROTO, PROTO_LOADER_OPTIONS } from '@nestmall/contracts';
import { DomainError } from '../errors/domain-error.js';
import type { BalancingPolicy } from './balancer.js';
import { GrpcReplicaPool } from './replica-pool.js';

/** Real gRPC servers on loopback answering Hello.SayHello, each counting its calls. */
interface TestServer {
  address: string;
  calls: number;
  behaviour: { delayMs?: number; fail?: { code: status; details: string } };
  stop(): Promise<void>;
}

const definition = loadSync(HELLO_PROTO.protoPath, PROTO_LOADER_OPTIONS);
const Hello = (loadPackageDefinition(definition) as any).Hello;

async function startServer(port = 0): Promise<TestServer> {
  const server = new Server();
  const state: TestServer = { address: '', calls: 0, behaviour: {}, stop: () => Promise.resolve() };
  server.addService(Hello.service, {
    SayHello: (
      call: { request: { name: string } },
      callback: (e: Partial<ServiceError> | null, r?: object) => void,
    ) => {
      state.calls++;
      const answer = () =>
        state.behaviour.fail
          ? callback(state.behaviour.fail)
          : callback(null, { message: `Hello ${call.request.name}` });
      if (state.behaviour.delayMs) setTimeout(answer, state.behaviour.delayMs);
      else answer();
    },
  });
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (e, p) =>
      e ? reject(e) : resolve(p),
    ),
  );
  state.address = `127.0.0.1:${bound}`;
  state.stop = async () => void server.forceShutdown();
  return state;
}

describe('GrpcReplicaPool against real gRPC servers', () => {
  const servers: TestServer[] = [];
  const pools: GrpcReplicaPool<any>[] = [];

  async function fleet(n: number): Promise<TestServer[]> {
    const started = await Promise.all(Array.from({ length: n }, () => startServer()));
    servers.push(...started);
    return started;
  }

  function pool(
    addresses: string,
    policy: BalancingPolicy = 'round_robin',
    deadlineMs = 1000,
    retries = 2,
  ) {
    const p = new GrpcReplicaPool<any>({
      service: 'Hello',
      contract: HELLO_PROTO,
      addresses,
      policy,
      deadlineMs,
      retries,
    });
    pools.push(p);
    return p;
  }

  const hello = (p: GrpcReplicaPool<any>, idempotent = true) =>
    p.unary<{ message: string }>('SayHello', { name: 'GRPC' }, idempotent);

  afterEach(async () => {
    pools.splice(0).forEach((p) => p.close());
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  it('round robin splits calls evenly and answers correctly', async () => {
    const [a, b] = await fleet(2);
    const p = pool(`${a.address},${b.address}`);
    for (let i = 0; i < 40; i++) expect(await hello(p)).toEqual({ message: 'Hello GRPC' });
    expect([a.calls, b.calls]).toEqual([20, 20]);
    expect(p.stats().map((s) => s.calls)).toEqual([20, 20]);
  });

  it('weighted round robin follows the weights', async () => {
    const [a, b] = await fleet(2);
    const p = pool(`${a.address}@3,${b.address}@1`, 'weighted_round_robin');
    for (let i = 0; i < 40; i++) await hello(p);
    expect([a.calls, b.calls]).toEqual([30, 10]);
  });

  it('least request sends most calls to the replica that answers fast', async () => {
    const [slow, fast] = await fleet(2);
    slow.behaviour.delayMs = 150;
    const p = pool(`${slow.address},${fast.address}`, 'least_request');
    const until = Date.now() + 1200;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (Date.now() < until) await hello(p);
      }),
    );
    expect(fast.calls).toBeGreaterThan(3 * slow.calls);
  });

  it('loses no read when a replica goes down, and uses it again once it is back', async () => {
    const [a, b] = await fleet(2);
    const p = pool(`${a.address},${b.address}`);
    const port = Number(b.address.split(':')[1]);
    for (let i = 0; i < 30; i++) {
      if (i === 10) await b.stop();
      expect(await hello(p)).toEqual({ message: 'Hello GRPC' });
    }
    const back = await startServer(port);
    servers.push(back);
    const deadline = Date.now() + 8000;
    while (back.calls === 0 && Date.now() < deadline) {
      await hello(p);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(back.calls).toBeGreaterThan(0);
  }, 15_000);

  it('answers UNAVAILABLE, naming the service, when every replica is down', async () => {
    const [a] = await fleet(1);
    await a.stop();
    const error = await hello(pool(a.address, 'round_robin', 300, 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', message: 'Hello is unavailable' });
  });

  it('gives up on a slow replica at the deadline', async () => {
    const [a] = await fleet(1);
    a.behaviour.delayMs = 500;
    const error = await hello(pool(a.address, 'round_robin', 100, 0)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', message: 'Hello did not answer in time' });
  });

  it('retries reads after UNAVAILABLE on other replicas, but sends writes once', async () => {
    const [a, b] = await fleet(2);
    a.behaviour.fail = b.behaviour.fail = {
      code: status.UNAVAILABLE,
      details: 'down for maintenance',
    };
    const p = pool(`${a.address},${b.address}`, 'round_robin', 1000, 2);
    await expect(hello(p, true)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(a.calls + b.calls).toBe(3);
    await expect(hello(p, false)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(a.calls + b.calls).toBe(4);
  });

  it('passes a domain answer through without retrying it', async () => {
    const [a] = await fleet(1);
    a.behaviour.fail = { code: status.NOT_FOUND, details: 'user 9 not found' };
    await expect(hello(pool(a.address))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'user 9 not found',
    });
    expect(a.calls).toBe(1);
  });
});
