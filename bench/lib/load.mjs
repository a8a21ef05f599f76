// The load generators: autocannon for HTTP, a grpc-js client loop for gRPC. Each side of a
// benchmark is driven by the same generator with the same settings.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import autocannon from 'autocannon';
import { ROOT } from './processes.mjs';

/**
 * Runs autocannon against `url` with `connections` connections (one request in flight each)
 * for `seconds`. Counts the responses with `okStatus` that arrive within the window and keeps
 * their latencies; other statuses are counted by code. `onResponse(status, elapsedMs, stop)`
 * may end the run early (stop()); `lastOkAt` is when the last ok response arrived (seconds).
 */
export function httpLoad({ url, connections, seconds, requests, okStatus = 200, onResponse }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    let ok = 0;
    let late = 0;
    let lastOkAt = 0;
    let stoppedAt = 0;
    const windowMs = seconds * 1000;
    const start = performance.now();
    const instance = autocannon(
      { url, connections, duration: seconds, requests, timeout: 30 },
      (error, result) => {
        if (error) return reject(error);
        const elapsed = Math.min(stoppedAt || windowMs, windowMs);
        resolve({
          ok,
          failed: Object.entries(statuses)
            .filter(([code]) => Number(code) !== okStatus)
            .reduce((sum, [, n]) => sum + n, result.errors),
          statuses,
          errors: result.errors,
          timeouts: result.timeouts,
          late,
          latencies,
          seconds: elapsed / 1000,
          lastOkAt: lastOkAt / 1000,
        });
      },
    );
    const stop = () => {
      if (!stoppedAt) stoppedAt = performance.now() - start;
      instance.stop();
    };
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      const at = performance.now() - start;
      if (at > windowMs || stoppedAt) return void late++;
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode === okStatus) {
        ok++;
        latencies.push(responseTime);
        lastOkAt = at;
      }
      onResponse?.(statusCode, at, stop);
    });
  });
}

const HELLO_PROTO = join(ROOT, 'proto/hello.proto');
/** The loader options the apps use (libs/contracts/src/proto.ts). */
export const PROTO_LOADER_OPTIONS = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [join(ROOT, 'proto')],
};

/** A Hello client over `credentials` (Hello is public: the CA alone is enough, see lib/tls.mjs). */
export function helloClient(address, credentials) {
  const definition = protoLoader.loadSync(HELLO_PROTO, PROTO_LOADER_OPTIONS);
  const { Hello } = grpc.loadPackageDefinition(definition);
  return new Hello(address, credentials);
}

export function sayHello(client, name, deadlineMs = 10_000) {
  return new Promise((resolve, reject) =>
    client.SayHello({ name }, { deadline: Date.now() + deadlineMs }, (error, answer) =>
      error ? reject(error) : resolve(answer),
    ),
  );
}

/**
 * `concurrency` loops, each with one Hello.SayHello call in flight on the one channel of
 * `client`, for `seconds`. A call counts when it answers exactly "Hello <name>".
 */
export async function grpcHelloLoad({ client, concurrency, seconds }) {
  const latencies = [];
  let ok = 0;
  let failed = 0;
  const codes = {};
  const start = performance.now();
  const end = start + seconds * 1000;
  const loop = async (worker) => {
    const name = `bench-${worker}`;
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const answer = await sayHello(client, name);
        const t1 = performance.now();
        if (t1 > end) break;
        if (answer.message === `Hello ${name}`) {
          ok++;
          latencies.push(t1 - t0);
        } else {
          failed++;
          codes.wrong_answer = (codes.wrong_answer ?? 0) + 1;
        }
      } catch (error) {
        failed++;
        codes[error.code ?? 'error'] = (codes[error.code ?? 'error'] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => loop(i)));
  return { ok, failed, statuses: codes, latencies, seconds };
}
