// startup: how fast the monolith starts and how much memory it holds once idle, as `npm start`
// runs it on a machine that ran it before (its SQLite file migrated and seeded, CACHE=memory,
// gRPC with mutual TLS), from spawn to its first answer of GET /users/5; against the bare
// node:http server of rest-read answering the same body. Each round starts each side again and
// again for `seconds`: throughput is starts a second of start-up time (1 / the mean start), p50 /
// p99 the spawn-to-first-answer times, and idle_rss_mb the median resident memory 1 s after the
// first answer. The absolute targets: a start under 2 s, an idle RSS under 150 MB.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alternate } from '../lib/harness.mjs';
import { freePort, ROOT, sleep, startApp, startScript } from '../lib/processes.mjs';
import { percentile } from '../lib/stats.mjs';

const USER = 5;

/** Resident memory of a process in MB (Linux /proc), or null. */
function rssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round((Number(kb) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

async function answers(url) {
  try {
    const res = await fetch(url);
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts `start()` again and again for `seconds` (at least once): the raw round. */
async function starts(seconds, start) {
  const latencies = [];
  const rss = [];
  const until = Date.now() + seconds * 1000;
  do {
    const began = performance.now();
    const { handle, url } = await start();
    if (!(await answers(url))) throw new Error(`${handle.name} started but does not answer ${url}`);
    latencies.push(performance.now() - began);
    await sleep(1000);
    rss.push(rssMb(handle.child.pid));
    await handle.stop();
  } while (Date.now() < until);
  const known = rss.filter((r) => r !== null);
  return {
    ok: latencies.length,
    failed: 0,
    statuses: {},
    latencies,
    // Starts a second of start-up time: 1 / the mean start.
    seconds: latencies.reduce((a, b) => a + b, 0) / 1000,
    ...(known.length ? { idle_rss_mb: percentile(known, 50) } : {}),
  };
}

export const startup = {
  name: 'startup',
  title: 'the monolith from spawn to its first answer, and its idle memory, vs bare node:http',
  target: null,
  unit: 'starts',
  async run(mode, log) {
    const dir = mkdtempSync(join(tmpdir(), 'nestmall-bench-startup-'));
    const databaseUrl = `sqlite:${join(dir, 'mall.sqlite')}`;
    const bodyFile = join(dir, 'users.json');
    try {
      const mall = async () => {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}/users/${USER}`;
        const handle = await startApp(
          'mall',
          'mall',
          {
            HOST: '127.0.0.1',
            PORT: String(port),
            GRPC_URL: `127.0.0.1:${await freePort()}`,
            DATABASE_URL: databaseUrl,
            SEED_DEMO_DATA: 'true',
          },
          () => answers(url),
          10,
        );
        return { handle, url };
      };
      // The first start migrates and seeds the database (not measured), and gives the body the
      // baseline answers.
      const first = await mall();
      const body = await (await fetch(first.url)).text();
      await first.handle.stop();
      writeFileSync(bodyFile, JSON.stringify({ [USER]: body }));
      const bare = async () => {
        const handle = await startScript(
          'bare node:http',
          join(ROOT, 'bench/baselines/http-users-server.mjs'),
          [bodyFile],
        );
        return { handle, url: `http://127.0.0.1:${handle.info.port}/users/${USER}` };
      };
      const side = (label, description, start) => ({
        label,
        description,
        concurrency: 1,
        cpuOf: null,
        warm: (seconds) => starts(Math.min(seconds, 1), start).then(() => undefined),
        measure: (seconds) => starts(seconds, start),
      });
      return await alternate(mode, {
        log,
        system: side(
          'monolith',
          'apps/mall on its SQLite file (migrated and seeded by an earlier start), CACHE=memory, gRPC with mutual TLS: spawn to the first 200 of GET /users/5, polled every 10 ms',
          mall,
        ),
        baseline: side(
          'bare node:http',
          'the rest-read baseline (node:http answering the same body from memory): spawn to the first 200',
          bare,
        ),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
