import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { PROTO_DIR, PROTO_LOADER_OPTIONS } from '@nestmall/contracts';
import type { ServiceApp } from '@nestmall/platform';
import fc from 'fast-check';
import { sqliteDatabase } from './support/databases.js';
import { healthStatus } from './support/grpc.js';
import {
  malformedBytes,
  messageOf,
  methodsOf,
  packageOf,
  type ProtoMethod,
} from './support/grpc-messages.js';
import { monolithForSuite } from './support/mall.js';
import { startPaymentSandboxes } from './support/payment-sandbox.js';
import { startThirdpartySandboxes } from './support/sandboxes.js';
import type { ShopUnderTest } from './support/shop.js';
import { fuzzedSplitForSuite, type SplitShop } from './support/split.js';
import { clientCredentials } from './support/tls.js';

/**
 * Walks every RPC of every service in proto/ and sends it generated messages (boundary and random
 * field values) and malformed bytes (random, truncated, flipped, an invalid wire type), as the
 * gateway or the order-service (their client certificates), with no token, a real user's, or
 * garbage: no answer may be INTERNAL, UNKNOWN, UNAVAILABLE or DATA_LOSS, bytes that do not decode
 * must be INVALID_ARGUMENT, no database error may reach the log, and every server must still be
 * SERVING at the end. On the monolith's GRPC_URL and on the apps of the split topology.
 * GRPC_FUZZ_SEED and GRPC_FUZZ_RUNS (calls per RPC) change the run; a failure prints the seed.
 */
const SEED = Number(process.env.GRPC_FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.GRPC_FUZZ_RUNS ?? 150);
// The whole run's budget, shared by the RPCs; each gets at least PER_METHOD_FLOOR_MS, so a slow
// first call (a cold path on a loaded machine) still leaves time for generated messages. With
// 113 RPCs a floor of 2.5 s made each topology's run 124 to 140 s (CI, 2026-11-30): the floor
// is what bounds it, and 0.7 s still sends about 90 calls to each RPC.
const TIME_LIMIT_MS = 60_000;
const PER_METHOD_FLOOR_MS = 700;
const FIRST_CALLS = 5;
const CALLERS: ServiceApp[] = ['gateway', 'order-service'];
const FORBIDDEN = new Set([
  grpc.status.INTERNAL,
  grpc.status.UNKNOWN,
  grpc.status.UNAVAILABLE,
  grpc.status.DATA_LOSS,
]);
const DATABASE_ERROR = /QueryFailedError|SQLITE_[A-Z]+|\bER_[A-Z_]{3,}|ECONNREFUSED/;

const definition = protoLoader.loadSync(
  readdirSync(PROTO_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.proto'))
    .map((file) => join(PROTO_DIR, file)),
  PROTO_LOADER_OPTIONS,
);
const METHODS = methodsOf(definition);

interface Call {
  caller: ServiceApp;
  token: 'none' | 'user' | 'garbage';
  kind: 'message' | 'bytes';
  bytes: Buffer;
}

interface Run {
  sent: number;
  ms: number;
  codes: Record<string, number>;
  kinds: Record<Call['kind'], number>;
}

const identity = (b: Buffer) => b;
const hex = (b: Buffer) => `${b.length} bytes ${b.toString('hex').slice(0, 80)}`;

/** One grpc-js client per address and caller, with identity serializers: it sends any bytes. */
class RawClients {
  private readonly clients = new Map<string, grpc.Client>();

  of(url: string, caller: ServiceApp): grpc.Client {
    const key = `${url} ${caller}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new grpc.Client(url, clientCredentials(caller));
      this.clients.set(key, client);
    }
    return client;
  }

  send(url: string, caller: ServiceApp, path: string, bytes: Buffer, metadata: grpc.Metadata) {
    return new Promise<{ code: grpc.status; details: string; response?: Buffer }>((resolve) => {
      this.of(url, caller).makeUnaryRequest(
        path,
        identity,
        identity,
        bytes,
        metadata,
        { deadline: Date.now() + 15_000 },
        (error, response) =>
          resolve(
            error
              ? { code: error.code, details: error.details }
              : { code: grpc.status.OK, details: '', response },
          ),
      );
    });
  }

  close(): void {
    this.clients.forEach((c) => c.close());
  }
}

function encoder(method: ProtoMethod): fc.Arbitrary<Buffer> {
  const type = (method.definition.requestType as unknown as { type: { name: string } }).type.name;
  return messageOf(definition, packageOf(method.service), type).map((message) => {
    try {
      return method.definition.requestSerialize(message);
    } catch {
      return Buffer.alloc(0); // a value protobufjs will not encode: the empty message instead
    }
  });
}

function callsOf(method: ProtoMethod): fc.Arbitrary<Call> {
  const valid = encoder(method);
  return fc
    .record({
      caller: fc.constantFrom(...CALLERS),
      token: fc.constantFrom('none' as const, 'user' as const, 'garbage' as const),
      kind: fc.constantFrom('message' as const, 'bytes' as const),
      valid,
      broken: malformedBytes(valid),
    })
    .map(({ valid: v, broken, ...call }) => ({
      ...call,
      bytes: call.kind === 'bytes' ? broken : v,
    }));
}

function decodes(method: ProtoMethod, bytes: Buffer): boolean {
  try {
    method.definition.requestDeserialize(bytes);
    return true;
  } catch {
    return false;
  }
}

/** test1's access token from a real log-in over gRPC (as the gateway, as in the split). */
async function logIn(clients: RawClients, url: string): Promise<string> {
  const method = METHODS.find((m) => m.path === '/nestmall.user.v1.UserService/LogIn')!;
  const bytes = method.definition.requestSerialize({ user_name: 'test1', password: '123456' });
  const answer = await clients.send(url, 'gateway', method.path, bytes, new grpc.Metadata());
  if (!answer.response) throw new Error(`log-in failed: ${answer.code} ${answer.details}`);
  return (method.definition.responseDeserialize(answer.response) as { access_token: string })
    .access_token;
}

async function fuzz(
  name: string,
  urlOf: (service: string) => string,
  shop: ShopUnderTest,
): Promise<Run> {
  const clients = new RawClients();
  const run: Run = { sent: 0, ms: 0, codes: {}, kinds: { message: 0, bytes: 0 } };
  const logs = shop.captureLogs();
  const started = Date.now();
  try {
    const token = await logIn(clients, urlOf('nestmall.user.v1.UserService'));
    for (const method of METHODS) {
      const url = urlOf(method.service);
      const property = fc.asyncProperty(callsOf(method), async (call) => {
        const metadata = new grpc.Metadata();
        if (call.token !== 'none')
          metadata.set('authorization', `Bearer ${call.token === 'user' ? token : 'x.y.z'}`);
        const answer = await clients.send(url, call.caller, method.path, call.bytes, metadata);
        run.sent++;
        run.kinds[call.kind]++;
        const code = grpc.status[answer.code];
        run.codes[code] = (run.codes[code] ?? 0) + 1;
        const where = `${method.path} as ${call.caller} (token ${call.token}) with ${hex(call.bytes)}: ${code} ${answer.details.slice(0, 200)}`;
        if (FORBIDDEN.has(answer.code)) throw new Error(`forbidden status: ${where}`);
        if (/\n\s+at \S/.test(answer.details)) throw new Error(`a stack in the details: ${where}`);
        // Both callers hold a certificate, so the bytes are read before any other check.
        if (!decodes(method, call.bytes) && answer.code !== grpc.status.INVALID_ARGUMENT)
          throw new Error(`undecodable bytes not INVALID_ARGUMENT: ${where}`);
      });
      // Shrinking replays calls against a live server for minutes; the seed replays the run.
      // First a few calls whatever the time: a machine that stalls longer than the floor (CI,
      // 2026-11-30: "interrupted after 0 tests", which fast-check counts as a failure) still
      // sends every RPC something.
      await fc.assert(property, { seed: SEED, numRuns: FIRST_CALLS, endOnFailure: true });
      // Then as many as the RPC's share of the budget allows. Interrupted before its first
      // call is no finding: the calls above were made.
      const details = await fc.check(property, {
        seed: SEED + 1,
        numRuns: RUNS,
        interruptAfterTimeLimit: Math.max(PER_METHOD_FLOOR_MS, TIME_LIMIT_MS / METHODS.length),
        endOnFailure: true,
      });
      if (details.failed && !(details.interrupted && details.numRuns === 0))
        throw new Error(await fc.asyncDefaultReportMessage(details));
    }
    run.ms = Date.now() - started;
  } finally {
    logs.restore();
    clients.close();
  }
  const databaseError = logs.text().match(new RegExp(`.{0,200}(${DATABASE_ERROR.source}).{0,200}`));
  if (databaseError) throw new Error(`a database error in the log: ${databaseError[0]}`);
  console.log(
    `grpc fuzz (${name}): ${run.sent} calls to ${METHODS.length} RPCs in ` +
      `${(run.ms / 1000).toFixed(1)} s, seed ${SEED}, ${JSON.stringify(run.kinds)}, ` +
      `codes ${JSON.stringify(run.codes)}`,
  );
  return run;
}

async function expectServing(urls: string[]): Promise<void> {
  for (const url of new Set(urls)) expect(await healthStatus(url)).toBe('SERVING');
}

// StartPayment and Reconcile reach the providers, CreateShipment, VerifyIdentity and
// ModerateImages the third-party ones: the sandboxes answer them (else UNAVAILABLE).
const paymentSandboxes = await startPaymentSandboxes();
const thirdpartySandboxes = await startThirdpartySandboxes();
const sandboxes = { env: { ...paymentSandboxes.env, ...thirdpartySandboxes.env } };
afterAll(() => Promise.all([paymentSandboxes.close(), thirdpartySandboxes.stop()]));

describe('gRPC fuzz: the monolith', () => {
  const shop = monolithForSuite(sqliteDatabase(), sandboxes.env);

  it('answers generated and malformed messages to every RPC without INTERNAL or UNKNOWN', async () => {
    const run = await fuzz('monolith', () => shop().grpcUrl, shop());
    expect(run.sent).toBeGreaterThanOrEqual(METHODS.length * Math.min(RUNS, 10));
    await expectServing([shop().grpcUrl]);
  }, 300_000);
});

describe('gRPC fuzz: the split topology', () => {
  const split = fuzzedSplitForSuite(sandboxes.env);
  let shop: SplitShop;
  const served = new Map<string, string>();

  beforeAll(async () => {
    shop = split();
    // Which app serves which service, as their health services say: nothing hand-listed.
    const urls = [
      shop.users[0],
      shop.inventory!,
      shop.orders!,
      shop.admin!,
      shop.verification!,
      shop.carts[0],
      shop.ranking!,
      shop.marketing!,
      shop.payment!,
      shop.thirdparty!,
    ].map((app) => app.env.GRPC_URL);
    for (const service of new Set(METHODS.map((m) => m.service))) {
      for (const url of urls) {
        const status = await healthStatus(url, service).catch(() => 'unknown here');
        if (status === 'SERVING') served.set(service, url);
      }
    }
  });

  it('answers generated and malformed messages to every RPC without INTERNAL or UNKNOWN', async () => {
    const missing = [...new Set(METHODS.map((m) => m.service))].filter((s) => !served.has(s));
    expect(missing).toEqual([]);
    const run = await fuzz('split', (service) => served.get(service)!, shop);
    expect(run.sent).toBeGreaterThanOrEqual(METHODS.length * Math.min(RUNS, 10));
    await expectServing([...served.values()]);
    expect((await fetch(`${shop.http}/users/1`)).status).toBe(200);
  }, 330_000);
});
