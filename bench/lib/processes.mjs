// Child processes of a benchmark run: the built apps from dist/ and the baseline scripts.
// Every process started here is remembered and stopped by stopAll(), also on Ctrl-C.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The apps' verification secret in a bench run (random per run). */
const BENCH_VERIFICATION_SECRET = randomBytes(32).toString('hex');

export const ROOT = resolve(import.meta.dirname, '../..');

/** The fixed admin token of benchmark runs (never used outside them). */
export const BENCH_ADMIN_TOKEN = 'bench-admin-token-0123456789';

const running = new Set();

let distRoot = ROOT;

export function appEntry(app) {
  return join(distRoot, `dist/apps/${app}/src/main.js`);
}

/**
 * Copies dist/ to a temporary folder (with node_modules, proto and package.json linked beside
 * it) and runs the apps from there, so that a `npm run build` elsewhere during the run (it
 * empties dist/ first) cannot pull the files from under a benchmark. Returns the remover.
 */
export function snapshotDist(apps) {
  const dir = mkdtempSync(join(tmpdir(), 'nestmall-bench-dist-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  for (const name of ['node_modules', 'proto', 'package.json'])
    symlinkSync(join(ROOT, name), join(dir, name));
  distRoot = dir;
  const missing = apps.map(appEntry).filter((file) => !existsSync(file));
  const remove = () => {
    distRoot = ROOT;
    rmSync(dir, { recursive: true, force: true });
  };
  if (missing.length) {
    remove();
    throw new Error(`dist/ is incomplete (${missing.join(', ')}): run \`npm run build\` first`);
  }
  return remove;
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * WEB_CONCURRENCY in the bench's environment (default 1): how many processes each edge (the
 * monolith, the gateway) runs under node:cluster in the benchmarks that support it, and how many
 * their baselines get (WORKERS), so that a ratio compares the same number of processes.
 */
export const WEB_CONCURRENCY = Number(process.env.WEB_CONCURRENCY || 1);
let edgeStarts = 0;

/**
 * The settings an edge needs for WEB_CONCURRENCY above 1 (docs/configuration.md): every
 * process-local store on Redis (or RabbitMQ for the IM's pushes), under a key prefix of its own
 * (`ownKeyPrefix`: a monolith; not the gateway, which hears the user service's revocations on
 * the shared prefix) so that the shops of one run do not share abuse-limit counts. Empty for one
 * process. The database must be MariaDB (the caller's DATABASE_URL).
 */
export function edgeProcessesEnv({ ownKeyPrefix = true } = {}) {
  if (WEB_CONCURRENCY <= 1) return {};
  return {
    WEB_CONCURRENCY: String(WEB_CONCURRENCY),
    THROTTLE_STORE: 'redis',
    AUTH_REVOCATIONS: 'redis',
    VERIFICATION_CODE_STORE: 'redis',
    IM_FANOUT: 'rabbitmq',
    // The primary says at `log` when every worker has started (startApp waits for it); no
    // access log at that level, as none at `warn`.
    LOG_LEVEL: 'log',
    ACCESS_LOG: 'off',
    ...(ownKeyPrefix ? { REDIS_KEY_PREFIX: `nestmall-bench-${process.pid}-${++edgeStarts}` } : {}),
  };
}

function track(name, child) {
  const output = [];
  const keep = (d) => {
    output.push(String(d));
    if (output.length > 200) output.shift();
  };
  child.stderr.on('data', keep);
  const handle = {
    keep,
    name,
    child,
    output,
    exited: new Promise((r) => child.once('exit', (code, signal) => r({ code, signal }))),
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (!handle.alive()) return running.delete(handle);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await handle.exited;
      clearTimeout(timer);
      running.delete(handle);
    },
  };
  running.add(handle);
  return handle;
}

/**
 * Starts a built app (dist/apps/<app>/src/main.js) and waits until ready() says yes (asked every
 * `pollMs`); gRPC over
 * mutual TLS from the run's CA (lib/tls.mjs) unless `env` says otherwise.
 * Its stdout and stderr are kept (the last lines) for the error message if it dies.
 */
export async function startApp(name, app, env, ready, pollMs = 200) {
  const file = appEntry(app);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  const { benchTlsDir } = await import('./tls.mjs');
  // BENCH_CPU_PROF=<dir>: each app writes a V8 CPU profile there when it stops (node --cpu-prof;
  // summarise with bench/profile-summary.mjs).
  const profile = process.env.BENCH_CPU_PROF
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`,
        `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`,
      ]
    : [];
  const child = spawn(process.execPath, [...profile, file], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      // Production refuses to start without it where the verification context runs.
      VERIFICATION_SECRET: BENCH_VERIFICATION_SECRET,
      LOG_LEVEL: 'warn',
      ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
      GRPC_TLS: 'on',
      GRPC_TLS_DIR: await benchTlsDir(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const handle = track(name, child);
  child.stdout.on('data', handle.keep);
  // BENCH_START_MS: more time on a machine busy with other work (60 s by default).
  const limitMs = Number(process.env.BENCH_START_MS ?? 60_000);
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (!handle.alive())
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}):\n${tail(handle)}`);
    // Several workers: the first one serves before the others have started.
    const allStarted =
      !(Number(env.WEB_CONCURRENCY) > 1) ||
      handle.output.join('').includes('worker processes (WEB_CONCURRENCY)');
    if (allStarted && (await ready())) return handle;
    await sleep(pollMs);
  }
  await handle.stop();
  throw new Error(`${name} was not ready within ${limitMs / 1000} s:\n${tail(handle)}`);
}

/**
 * Starts a baseline script (node <script> <args>) that speaks JSON lines: it prints one line
 * `{"ready":true,...}` when it serves, and answers each JSON command on stdin with one line.
 */
export async function startScript(name, script, args = [], env = {}) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const handle = track(name, child);
  const waiting = [];
  const queued = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      handle.keep(line + '\n');
      return;
    }
    const next = waiting.shift();
    if (next) next.resolve(message);
    else queued.push(message);
  });
  handle.exited.then(({ code, signal }) => {
    for (const w of waiting.splice(0))
      w.reject(new Error(`${name} exited (${code ?? signal}):\n${tail(handle)}`));
  });
  handle.next = () =>
    queued.length
      ? Promise.resolve(queued.shift())
      : handle.alive()
        ? new Promise((resolveNext, reject) => waiting.push({ resolve: resolveNext, reject }))
        : Promise.reject(new Error(`${name} is not running:\n${tail(handle)}`));
  /** Sends one command and waits for its answer; an answer with `error` becomes a throw. */
  handle.call = async (command) => {
    child.stdin.write(JSON.stringify(command) + '\n');
    const answer = await handle.next();
    if (answer.error) throw new Error(`${name}: ${answer.error}`);
    return answer;
  };
  const ready = await Promise.race([handle.next(), sleep(30_000).then(() => ({ timeout: true }))]);
  if (!ready.ready) {
    await handle.stop();
    throw new Error(`${name} did not start: ${JSON.stringify(ready)}\n${tail(handle)}`);
  }
  handle.info = ready;
  return handle;
}

function tail(handle) {
  return handle.output.join('').split('\n').slice(-40).join('\n');
}

export async function stopAll() {
  await Promise.all([...running].map((p) => p.stop()));
}

export async function httpOk(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
