#!/usr/bin/env node
// Waits until every target is healthy, then exits 0 (1 after the timeout).
//   grpc://host:port   the standard gRPC health service answers SERVING for '' (grpc.health.v1),
//                      over TLS checked against GRPC_TLS_DIR/ca.crt (./data/tls; health needs no
//                      client certificate), or plaintext with GRPC_TLS=off
//   http://host:port/path  an HTTP GET answers 2xx (through wait-on)
// Usage: node scripts/wait-healthy.mjs [--timeout-ms 60000] TARGET...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { credentials, makeGenericClientConstructor } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import waitOn from 'wait-on';

const args = process.argv.slice(2);
const timeoutAt = args.indexOf('--timeout-ms');
const timeoutMs = timeoutAt >= 0 ? Number(args.splice(timeoutAt, 2)[1]) : 60_000;
const deadline = Date.now() + timeoutMs;

const HealthClient = makeGenericClientConstructor(healthService, 'Health');

/** Read at each attempt: the first app to start may still be making the CA. */
function channelCredentials() {
  if (process.env.GRPC_TLS === 'off') return credentials.createInsecure();
  const ca = join(process.env.GRPC_TLS_DIR || './data/tls', 'ca.crt');
  return credentials.createSsl(readFileSync(ca));
}

function grpcServing(address) {
  let client;
  try {
    client = new HealthClient(address, channelCredentials());
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    client.Check({ service: '' }, { deadline: Date.now() + 1000 }, (error, answer) => {
      client.close();
      resolve(!error && answer?.status === 'SERVING');
    });
  });
}

async function waitGrpc(address) {
  while (Date.now() < deadline) {
    if (await grpcServing(address)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`grpc://${address} was not SERVING within ${timeoutMs} ms`);
}

try {
  await Promise.all(
    args.map((target) =>
      target.startsWith('grpc://')
        ? waitGrpc(target.slice('grpc://'.length))
        : waitOn({
            resources: [target.replace(/^http:/, 'http-get:')],
            timeout: timeoutMs,
            interval: 250,
          }),
    ),
  );
} catch (error) {
  console.error(`wait-healthy: ${error.message}`);
  process.exit(1);
}
