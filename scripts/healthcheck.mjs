#!/usr/bin/env node
// The containers' health check (docker/Dockerfile, compose.split.yaml): exit 0 when this app
// answers, 1 otherwise, within 4 s. HEALTHCHECK=http (the default: the monolith, the gateway) asks
// GET /.well-known/jwks.json on PORT, a public route every REST edge serves in production too
// (the Swagger UI is off there); HEALTHCHECK=grpc (the gRPC-only services) asks the standard gRPC
// health service on GRPC_URL's port, over TLS with GRPC_TLS_DIR/ca.crt unless GRPC_TLS=off (health
// is public: no client certificate needed). Production dependencies only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { credentials, makeGenericClientConstructor } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';

const deadline = Date.now() + 4000;
const done = (ok) => process.exit(ok ? 0 : 1);

if ((process.env.HEALTHCHECK ?? 'http') === 'http') {
  const port = process.env.PORT ?? '3000';
  fetch(`http://127.0.0.1:${port}/.well-known/jwks.json`, {
    signal: AbortSignal.timeout(deadline - Date.now()),
  }).then(
    (answer) => done(answer.ok),
    () => done(false),
  );
} else {
  const port = (process.env.GRPC_URL ?? '127.0.0.1:8001').split(':').pop();
  const plaintext = process.env.GRPC_TLS === 'off';
  const channel = plaintext
    ? credentials.createInsecure()
    : credentials.createSsl(readFileSync(join(process.env.GRPC_TLS_DIR ?? './data/tls', 'ca.crt')));
  const Health = makeGenericClientConstructor(healthService, 'Health');
  // The certificates name localhost and 127.0.0.1.
  const client = new Health(`localhost:${port}`, channel);
  client.Check({ service: '' }, { deadline }, (error, answer) => {
    client.close();
    done(!error && answer?.status === 'SERVING');
  });
}
