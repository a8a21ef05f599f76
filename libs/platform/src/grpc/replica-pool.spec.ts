import {
  loadPackageDefinition,
  Metadata,
  Server,
  ServerCredentials,
  status,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServiceClientConstructor,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { HELLO_PROTO, PROTO_LOADER_OPTIONS } from '@nestmall/contracts';
import { DomainError } from '../errors/domain-error.js';
import { DOMAIN_ERROR_METADATA } from '../errors/error-mapping.js';
import type { BalancingPolicy } from './balancer.js';
import { GrpcReplicaPool } from './replica-pool.js';

interface HelloRequest {
  name: string;
}
interface HelloResponse {
  message: string;
}

/** What a test server does with each call; changeable while it runs. */
interface Behaviour {
  /** Answer after this many milliseconds. */
  delayMs?: number;
  /** Answer with this gRPC status instead of a HelloResponse. */
  fail?: { code: status; details: string; metadata?: Metadata };
}

/** A real grpc-js server on 127.0.0.1 implementing Hello.SayHello and counting its calls. */
interface TestServer {
  readonly address: string;
  readonly port: number;
  calls: number;
  behaviour: Behaviour;
  stop(): void;
}

const helloService = (
  loadPackageDefinition(loadSync(HELLO_PROTO.protoPath, PROTO_LOADER_OPTIONS))
    .Hello as ServiceClientConstructor
).service;

async function startServer(port = 0, behaviour: Behaviour = {}): Promise<TestServer> {
  const server = new Server();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  const state = { calls: 0, behaviour } as TestServer;
  server.addService(helloService, {
    SayHello: (
      call: ServerUnaryCall<HelloRequest, HelloResponse>,
      callback: sendUnaryData<HelloResponse>,
    ) => {
      state.calls++;
      const { delayMs, fail } = state.behaviour;
      const answer = () =>
        fail
          ? callback({ code: fail.code, details: fail.details, metadata: fail.metadata })
          : callback(null, { message: `Hello ${call.request.name}` });
      if (!delayMs) return answer();
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, delayMs);
      timers.add(timer);
    },
  });
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, p) =>
      error ? reject(error) : resolve(p),
    ),
  );
  return Object.assign(state, {
    address: `127.0.0.1:${bound}`,
    port: bound,
    stop: () => {
      if (stopped) return;
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.forceShutdown();
    },
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every `stepMs` until it holds or `timeoutMs` passed; returns whether it held. */
async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  stepMs = 25,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(stepMs);
  }
}

/** The rejection of `promise` (fails the test if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected the call to be rejected');
}

describe('GrpcReplicaPool against real gRPC servers', () => {
  const servers: TestServer[] = [];
  const pools: GrpcReplicaPool<any>[] = [];

  async function fleet(n: number): Promise<TestServer[]> {
    const started = await Promise.all(Array.from({ length: n }, () => startServer()));
    servers.push(...started);
    return started;
  }

  async function restart(port: number): Promise<TestServer> {
    const server = await startServer(port);
    servers.push(server);
    return server;
  }

  function pool(
    addresses: string,
    { policy = 'round_robin', deadlineMs = 1000, retries = 2 }: PoolOptions = {},
  ): GrpcReplicaPool<any> {
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

  const hello = (p: GrpcReplicaPool<any>, name = 'GRPC', idempotent = true) =>
    p.unary<HelloResponse>('SayHello', { name }, idempotent);

  const addresses = (...s: TestServer[]) => s.map((x) => x.address).join(',');

  afterEach(() => {
    for (const p of pools.splice(0)) p.close();
    for (const s of servers.splice(0)) s.stop();
  });

  describe('balancing', () => {
    it('round_robin splits 100 sequential calls 50/50 and answers each correctly', async () => {
      const [a, b] = await fleet(2);
      const p = pool(addresses(a, b));
      for (let i = 0; i < 100; i++) {
        expect(await hello(p, `user-${i}`)).toEqual({ message: `Hello user-${i}` });
      }
      expect([a.calls, b.calls]).toEqual([50, 50]);
    }, 10_000);

    it('weighted_round_robin with a@3,b@1 splits 100 calls 75/25', async () => {
      const [a, b] = await fleet(2);
      const p = pool(`${a.address}@3,${b.address}@1`, { policy: 'weighted_round_robin' });
      for (let i = 0; i < 100; i++) expect(await hello(p)).toEqual({ message: 'Hello GRPC' });
      expect([a.calls, b.calls]).toEqual([75, 25]);
    }, 10_000);

    it('least_request sends most calls to the replica that answers fast', async () => {
      const [slow, fast] = await fleet(2);
      slow.behaviour.delayMs = 150;
      const p = pool(addresses(slow, fast), { policy: 'least_request' });
      const until = Date.now() + 1500;
      let answered = 0;
      await Promise.all(
        Array.from({ length: 4 }, async (_, worker) => {
          while (Date.now() < until) {
            expect(await hello(p, `w${worker}`)).toEqual({ message: `Hello w${worker}` });
            answered++;
          }
        }),
      );
      expect(answered).toBe(slow.calls + fast.calls);
      expect(fast.calls).toBeGreaterThanOrEqual(3 * slow.calls);
      expect(p.stats().map((s) => s.inFlight)).toEqual([0, 0]);
    }, 10_000);
  });

  describe('replica failures', () => {
    it('loses no read when a replica goes down, and uses it again once it is back', async () => {
      const [a, b] = await fleet(2);
      const p = pool(addresses(a, b));
      let aAtStop = 0;
      for (let i = 0; i < 60; i++) {
        if (i === 20) {
          expect([a.calls, b.calls]).toEqual([10, 10]);
          aAtStop = a.calls;
          b.stop();
        }
        expect(await hello(p, `n${i}`)).toEqual({ message: `Hello n${i}` });
      }
      // The 40 calls after the stop were all answered by the survivor, each exactly once.
      expect(a.calls - aAtStop).toBe(40);
      expect(b.calls).toBe(10);
      // The pool stops sending to the dead replica: at most a few attempts found it down.
      expect(p.stats()[1].calls - 10).toBeLessThanOrEqual(3);
      // It stays away from it while it stays down (grpc-js keeps retrying the connection).
      const downUntil = Date.now() + 1500;
      while (Date.now() < downUntil) {
        expect(await hello(p)).toEqual({ message: 'Hello GRPC' });
        await sleep(20);
      }
      expect(p.stats()[1].calls - 10).toBeLessThanOrEqual(3);
      expect(p.stats()[1].state).toBe('TRANSIENT_FAILURE');

      // The replica comes back on the same port: calls reach it again within a few seconds
      // (grpc.max_reconnect_backoff_ms is 1000 in the pool).
      const back = await restart(b.port);
      const reached = await waitUntil(
        async () => {
          expect(await hello(p)).toEqual({ message: 'Hello GRPC' });
          return back.calls > 0;
        },
        5000,
        50,
      );
      expect(reached).toBe(true);
      // Both replicas are in rotation again.
      const [aBefore, backBefore] = [a.calls, back.calls];
      for (let i = 0; i < 20; i++) await hello(p);
      expect(a.calls - aBefore).toBeGreaterThanOrEqual(8);
      expect(back.calls - backBefore).toBeGreaterThanOrEqual(8);
    }, 15_000);

    it('answers UNAVAILABLE, naming the service, when every replica is down', async () => {
      const [a, b] = await fleet(2);
      a.stop();
      b.stop();
      const p = pool(addresses(a, b), { deadlineMs: 500, retries: 2 });
      for (const idempotent of [true, false]) {
        const started = Date.now();
        const error = await rejectionOf(hello(p, 'GRPC', idempotent));
        // Bounded by 3 attempts of 500 ms plus backoff, and in practice far quicker.
        expect(Date.now() - started).toBeLessThan(3000);
        expect(error).toBeInstanceOf(DomainError);
        expect(error.code).toBe('UNAVAILABLE');
        expect(error.message).toContain('Hello is unavailable');
      }
    });

    it('gives up on a slow replica at the deadline', async () => {
      const [a] = await fleet(1);
      a.behaviour.delayMs = 500;
      const p = pool(a.address, { deadlineMs: 100, retries: 0 });
      const started = Date.now();
      const error = await rejectionOf(hello(p));
      expect(Date.now() - started).toBeLessThan(450);
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe('UNAVAILABLE');
      expect(error.message).toBe('Hello did not answer in time');
      expect(a.calls).toBe(1);
    });

    it('retries a read that ran out of time on another replica', async () => {
      const [slow, fast] = await fleet(2);
      slow.behaviour.delayMs = 500;
      const p = pool(addresses(slow, fast), { deadlineMs: 100, retries: 1 });
      expect(await hello(p)).toEqual({ message: 'Hello GRPC' });
      expect([slow.calls, fast.calls]).toEqual([1, 1]);
    });
  });

  describe('retries', () => {
    const unavailable = { code: status.UNAVAILABLE, details: 'draining' };

    it('sends a non-idempotent call once, even when the replica answers UNAVAILABLE', async () => {
      const [a] = await fleet(1);
      a.behaviour.fail = unavailable;
      const p = pool(a.address, { retries: 2 });
      const error = await rejectionOf(hello(p, 'GRPC', false));
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe('UNAVAILABLE');
      expect(a.calls).toBe(1);
    });

    it('does not fail a non-idempotent call over to a healthy replica', async () => {
      const [failing, healthy] = await fleet(2);
      failing.behaviour.fail = unavailable;
      const p = pool(addresses(failing, healthy), { retries: 2 });
      await expect(hello(p, 'GRPC', false)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      expect([failing.calls, healthy.calls]).toEqual([1, 0]);
    });

    it('retries an idempotent call: retries 2 make 3 attempts, spread over the replicas', async () => {
      const [a, b] = await fleet(2);
      a.behaviour.fail = b.behaviour.fail = unavailable;
      const p = pool(addresses(a, b), { retries: 2 });
      const error = await rejectionOf(hello(p, 'GRPC', true));
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe('UNAVAILABLE');
      expect(error.message).toContain('Hello is unavailable');
      expect(a.calls + b.calls).toBe(3);
      expect(a.calls).toBeGreaterThanOrEqual(1);
      expect(b.calls).toBeGreaterThanOrEqual(1);
    });

    it('fails an idempotent read over to the healthy replica', async () => {
      const [failing, healthy] = await fleet(2);
      failing.behaviour.fail = unavailable;
      const p = pool(addresses(failing, healthy), { retries: 2 });
      expect(await hello(p)).toEqual({ message: 'Hello GRPC' });
      expect([failing.calls, healthy.calls]).toEqual([1, 1]);
    });

    it("passes through a server's own UNAVAILABLE (a service behind it is down) without blaming the server", async () => {
      const [a] = await fleet(1);
      const metadata = new Metadata();
      metadata.set(DOMAIN_ERROR_METADATA, '1');
      a.behaviour.fail = {
        code: status.UNAVAILABLE,
        details: 'nestmall.inventory.v1.InventoryService is unavailable',
        metadata,
      };
      const error = await rejectionOf(hello(pool(a.address, { retries: 0 }), 'GRPC', false));
      expect(error.code).toBe('UNAVAILABLE');
      expect(error.message).toBe('nestmall.inventory.v1.InventoryService is unavailable');
    });

    it('passes a domain answer through, without retrying it', async () => {
      const [a, b] = await fleet(2);
      a.behaviour.fail = b.behaviour.fail = {
        code: status.NOT_FOUND,
        details: 'user 9 not found',
      };
      const p = pool(addresses(a, b), { retries: 2 });
      const error = await rejectionOf(hello(p));
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toBe('user 9 not found');
      expect(a.calls + b.calls).toBe(1);
    });
  });

  describe('stats()', () => {
    it('reports weight, calls, calls in flight and state per address', async () => {
      const [a, b] = await fleet(2);
      const p = pool(`${a.address}@2,${b.address}`, { policy: 'weighted_round_robin' });
      for (let i = 0; i < 30; i++) await hello(p);
      expect(p.stats()).toEqual([
        { address: a.address, weight: 2, calls: 20, inFlight: 0, state: 'READY' },
        { address: b.address, weight: 1, calls: 10, inFlight: 0, state: 'READY' },
      ]);
    });

    it('counts calls in flight while they run', async () => {
      const [a] = await fleet(1);
      a.behaviour.delayMs = 200;
      const p = pool(a.address);
      const running = Promise.all([hello(p), hello(p), hello(p)]);
      expect(await waitUntil(() => a.calls === 3, 2000)).toBe(true);
      expect(p.stats()[0]).toMatchObject({ calls: 3, inFlight: 3 });
      await running;
      expect(p.stats()[0]).toMatchObject({ calls: 3, inFlight: 0, state: 'READY' });
    });

    it('shows a dead replica as failing', async () => {
      const [a, b] = await fleet(2);
      const p = pool(addresses(a, b));
      await hello(p);
      await hello(p);
      b.stop();
      for (let i = 0; i < 5; i++) await hello(p);
      expect(await waitUntil(() => p.stats()[1].state === 'TRANSIENT_FAILURE', 2000)).toBe(true);
      expect(p.stats()[0].state).toBe('READY');
    });
  });
});

interface PoolOptions {
  policy?: BalancingPolicy;
  deadlineMs?: number;
  retries?: number;
}
