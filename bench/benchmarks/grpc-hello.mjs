// grpc-hello: the course's Hello.SayHello served by the Nest app (the monolith's gRPC server,
// with its health and reflection services and mutual TLS, as it runs by default) against a raw
// @grpc/grpc-js server with the same proto and the same TLS certificate. The same client: one
// grpc-js TLS channel per server, `concurrency` calls in flight.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alternate } from '../lib/harness.mjs';
import { grpcHelloLoad, helloClient, sayHello } from '../lib/load.mjs';
import { freePort, ROOT, startApp, startScript } from '../lib/processes.mjs';
import { benchCredentials, benchTlsDir } from '../lib/tls.mjs';

export const grpcHello = {
  name: 'grpc-hello',
  title: 'Hello.SayHello: Nest gRPC vs raw @grpc/grpc-js',
  target: 0.9,
  unit: 'calls',
  async run(mode, log) {
    const concurrency = mode.concurrency ?? 32;
    const dir = mkdtempSync(join(tmpdir(), 'nestmall-bench-grpc-hello-'));
    const stops = [];
    try {
      const grpcAddress = `127.0.0.1:${await freePort()}`;
      const credentials = await benchCredentials();
      const nestClient = helloClient(grpcAddress, credentials);
      stops.push(() => nestClient.close());
      const app = await startApp(
        'mall',
        'mall',
        {
          HOST: '127.0.0.1',
          PORT: String(await freePort()),
          GRPC_URL: grpcAddress,
          DATABASE_URL: `sqlite:${join(dir, 'mall.sqlite')}`,
          SEED_DEMO_DATA: 'false',
        },
        () =>
          sayHello(nestClient, 'ready', 1000).then(
            (a) => a.message === 'Hello ready',
            () => false,
          ),
      );
      stops.push(() => app.stop());
      const raw = await startScript(
        'raw-grpc',
        join(ROOT, 'bench/baselines/grpc-hello-server.mjs'),
        [await benchTlsDir()],
      );
      stops.push(() => raw.stop());
      const rawClient = helloClient(`127.0.0.1:${raw.info.port}`, credentials);
      stops.push(() => rawClient.close());
      if ((await sayHello(rawClient, 'ready')).message !== 'Hello ready')
        throw new Error('the raw gRPC server answers something else');

      const side = (label, description, client, server) => {
        const load = (seconds) => grpcHelloLoad({ client, concurrency, seconds });
        return {
          label,
          description,
          concurrency,
          pid: server.child.pid,
          cpuOf: 'the server process',
          warm: load,
          measure: load,
        };
      };
      return await alternate(mode, {
        log,
        system: side(
          'Nest gRPC',
          'apps/mall: @nestjs/microservices gRPC transport (+ health, reflection, mutual TLS) serving Hello.SayHello',
          nestClient,
          app,
        ),
        baseline: side(
          'raw grpc-js',
          'a bare @grpc/grpc-js Server with only Hello.SayHello, same proto, loader options and TLS certificate',
          rawClient,
          raw,
        ),
      });
    } finally {
      for (const stop of stops.reverse()) await stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
