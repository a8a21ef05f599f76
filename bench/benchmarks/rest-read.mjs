// rest-read: GET /users/:id through the monolith (Nest + Express + TypeORM on its own SQLite
// file) against a bare node:http server answering the same JSON from memory. Both get the same
// autocannon run: `connections` keep-alive connections, one request in flight each, the ids
// 1..15 in turn.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alternate } from '../lib/harness.mjs';
import { httpLoad } from '../lib/load.mjs';
import { freePort, httpOk, ROOT, startApp, startScript } from '../lib/processes.mjs';

export const restRead = {
  name: 'rest-read',
  title: 'GET /users/:id: monolith vs bare node:http',
  target: 0.7,
  unit: 'requests',
  async run(mode, log) {
    const connections = mode.concurrency ?? 32;
    const dir = mkdtempSync(join(tmpdir(), 'nestmall-bench-rest-read-'));
    const stops = [];
    try {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const app = await startApp(
        'mall',
        'mall',
        {
          HOST: '127.0.0.1',
          PORT: String(port),
          GRPC_URL: `127.0.0.1:${await freePort()}`,
          DATABASE_URL: `sqlite:${join(dir, 'mall.sqlite')}`,
          SEED_DEMO_DATA: 'true',
        },
        () => httpOk(`${base}/users/15`),
      );
      stops.push(() => app.stop());

      const bodies = {};
      for (let id = 1; id <= 15; id++) {
        const response = await fetch(`${base}/users/${id}`);
        if (response.status !== 200) throw new Error(`GET /users/${id}: ${response.status}`);
        bodies[id] = await response.text();
      }
      const file = join(dir, 'users.json');
      writeFileSync(file, JSON.stringify(bodies));
      const bare = await startScript(
        'bare-http',
        join(ROOT, 'bench/baselines/http-users-server.mjs'),
        [file],
      );
      stops.push(() => bare.stop());
      const bareBase = `http://127.0.0.1:${bare.info.port}`;
      const same = await (await fetch(`${bareBase}/users/7`)).text();
      if (same !== bodies[7])
        throw new Error('the bare server does not answer what the monolith does');

      const side = (label, description, url, server) => {
        const load = (seconds) =>
          httpLoad({ url, connections, seconds, requests: rotatingIds(), okStatus: 200 });
        return {
          label,
          description,
          concurrency: connections,
          pid: server.child.pid,
          cpuOf: 'the server process',
          warm: load,
          measure: load,
        };
      };
      return await alternate(mode, {
        log,
        system: side(
          'monolith',
          'apps/mall (Nest 12, Express, TypeORM) on a SQLite file: GET /users/:id, ids 1..15 in turn',
          base,
          app,
        ),
        baseline: side(
          'bare node:http',
          'node:http answering the same 15 JSON bodies from memory',
          bareBase,
          bare,
        ),
      });
    } finally {
      for (const stop of stops.reverse()) await stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** autocannon requests: /users/1 .. /users/15, in turn on each connection. */
function rotatingIds() {
  return [
    {
      method: 'GET',
      setupRequest: (request, context) => {
        context.next = ((context.next ?? Math.floor(Math.random() * 15)) % 15) + 1;
        return { ...request, path: `/users/${context.next}` };
      },
    },
  ];
}
