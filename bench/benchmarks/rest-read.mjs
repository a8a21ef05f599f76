// rest-read: GET /users/:id through the monolith (Nest + Fastify + TypeORM on its own SQLite
// file) three times over, with the cache off, in memory and on Redis (CACHE=off|memory|redis),
// against one bare node:http server answering the same JSON from memory. All four get the same
// autocannon run (`connections` keep-alive connections, one request in flight each, the ids
// 1..15 in turn), one after another in each round, so each variant's ratio is to the baseline
// of the same rounds. WEB_CONCURRENCY=N (N > 1) in the bench's environment: each monolith runs N
// worker processes (node:cluster) on a MariaDB database of its own with its stores on Redis (as
// docs/configuration.md requires), and the bare server N processes too (WORKERS=N).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alternateMany } from '../lib/harness.mjs';
import { httpLoad } from '../lib/load.mjs';
import { createDatabase } from '../lib/mysql.mjs';
import {
  edgeProcessesEnv,
  freePort,
  httpOk,
  ROOT,
  startApp,
  startScript,
  WEB_CONCURRENCY,
} from '../lib/processes.mjs';
import {
  cacheKeyPrefix,
  connectRedis,
  deleteKeysUnder,
  keysUnder,
  REDIS_URL,
} from '../lib/redis.mjs';

const VARIANTS = [
  { name: 'rest-read-cache-off', cache: 'off', what: 'no cache: every read goes to SQLite' },
  {
    name: 'rest-read-cache-memory',
    cache: 'memory',
    what: 'the in-process cache (the default)',
  },
  { name: 'rest-read-cache-redis', cache: 'redis', what: 'the Redis cache (127.0.0.1, shared)' },
];
// Issue 16's goal for CACHE=memory (the default): half the bare server's rate.
const TARGET = 0.5;

export const restRead = {
  name: 'rest-read',
  title: 'GET /users/:id: monolith (cache off, memory, Redis) vs bare node:http',
  target: TARGET,
  unit: 'requests',
  results: VARIANTS.map((v) => v.name),
  async run(mode, log) {
    const connections = mode.concurrency ?? 32;
    const dir = mkdtempSync(join(tmpdir(), 'nestmall-bench-rest-read-'));
    const stops = [];
    const redis = await connectRedis();
    stops.push(() => redis.quit());
    try {
      // Started side by side: each seeds its own SQLite file (argon2 hashes of 15 users).
      const shops = await Promise.all(
        VARIANTS.map(async (variant) => {
          const port = await freePort();
          const base = `http://127.0.0.1:${port}`;
          const processes = edgeProcessesEnv();
          let databaseUrl = `sqlite:${join(dir, `mall-${variant.cache}.sqlite`)}`;
          if (WEB_CONCURRENCY > 1) {
            const db = await createDatabase(`rest_read_${variant.cache}`);
            stops.push(() => db.drop());
            databaseUrl = db.url;
          }
          const prefix = cacheKeyPrefix(databaseUrl, processes.REDIS_KEY_PREFIX);
          stops.push(() => deleteKeysUnder(redis, prefix));
          const app = await startApp(
            `mall (CACHE=${variant.cache})`,
            'mall',
            {
              HOST: '127.0.0.1',
              PORT: String(port),
              GRPC_URL: `127.0.0.1:${await freePort()}`,
              DATABASE_URL: databaseUrl,
              SEED_DEMO_DATA: 'true',
              CACHE: variant.cache,
              REDIS_URL,
              ...processes,
            },
            () => httpOk(`${base}/users/15`),
          );
          stops.push(() => app.stop());
          return { variant, base, app, prefix, bodies: await userBodies(base) };
        }),
      );

      // The baseline answers the first shop's bodies; the others' differ only in their
      // timestamps (each seeded its own database), so every side sends the same bytes.
      const file = join(dir, 'users.json');
      writeFileSync(file, JSON.stringify(shops[0].bodies));
      for (const shop of shops.slice(1)) checkSameUsers(shops[0].bodies, shop.bodies, shop.variant);
      const bare = await startScript(
        'bare-http',
        join(ROOT, 'bench/baselines/http-users-server.mjs'),
        [file],
        { WORKERS: String(WEB_CONCURRENCY) },
      );
      stops.push(() => bare.stop());
      const bareBase = `http://127.0.0.1:${bare.info.port}`;
      const same = await (await fetch(`${bareBase}/users/7`)).text();
      if (same !== shops[0].bodies[7])
        throw new Error('the bare server does not answer what the monolith does');

      const side = (label, description, url, server, afterWarm) => {
        const load = (seconds) =>
          httpLoad({ url, connections, seconds, requests: rotatingIds(), okStatus: 200 });
        return {
          label,
          description,
          concurrency: connections,
          pid: server.child.pid,
          cpuOf: 'the server process',
          warm: async (seconds) => {
            await load(seconds);
            await afterWarm?.();
          },
          measure: load,
        };
      };
      const outcomes = await alternateMany(mode, {
        log,
        systems: shops.map(({ variant, base, app, prefix }) =>
          side(
            `monolith, CACHE=${variant.cache}`,
            `apps/mall (Nest 12, Fastify, TypeORM) on ${WEB_CONCURRENCY > 1 ? `MariaDB, ${WEB_CONCURRENCY} worker processes` : 'a SQLite file'}, CACHE=${variant.cache} ` +
              `(${variant.what}): GET /users/:id, ids 1..15 in turn`,
            base,
            app,
            // Proof that the Redis variant reads Redis, not the database behind a failing cache.
            variant.cache === 'redis'
              ? async () => {
                  const keys = await keysUnder(redis, `${prefix}users:view:`);
                  if (keys.length !== 15)
                    throw new Error(`CACHE=redis: ${keys.length} user views in Redis, not 15`);
                }
              : undefined,
          ),
        ),
        baseline: side(
          'bare node:http',
          `node:http answering the same 15 JSON bodies from memory${WEB_CONCURRENCY > 1 ? `, ${WEB_CONCURRENCY} processes (node:cluster)` : ''}`,
          bareBase,
          bare,
        ),
      });
      return {
        variants: VARIANTS.map((variant, i) => ({
          name: variant.name,
          title: `GET /users/:id: monolith with CACHE=${variant.cache} vs bare node:http`,
          target: TARGET,
          outcome: outcomes[i],
        })),
      };
    } finally {
      for (const stop of stops.reverse()) await stop().catch((e) => console.error(e.message));
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function userBodies(base) {
  const bodies = {};
  for (let id = 1; id <= 15; id++) {
    const response = await fetch(`${base}/users/${id}`);
    if (response.status !== 200) throw new Error(`GET ${base}/users/${id}: ${response.status}`);
    bodies[id] = await response.text();
  }
  return bodies;
}

function checkSameUsers(expected, actual, variant) {
  const strip = ({ created_at: _c, updated_at: _u, ...rest }) => rest;
  for (const id of Object.keys(expected)) {
    const [a, b] = [JSON.parse(expected[id]), JSON.parse(actual[id])];
    if (
      JSON.stringify(strip(a)) !== JSON.stringify(strip(b)) ||
      expected[id].length !== actual[id].length
    )
      throw new Error(`CACHE=${variant.cache}: GET /users/${id} differs from the first shop's`);
  }
}

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
