import cluster, { type Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { StartupError } from '../errors/startup-error.js';

/** The key of every message between the primary and its workers (other IPC users ignore them). */
const KEY = 'nestmall:cluster';

type ClusterMessage =
  | { [KEY]: 'started' }
  | { [KEY]: 'stop'; signal: NodeJS.Signals }
  | { [KEY]: 'broadcast'; channel: string; payload: unknown }
  | { [KEY]: 'metrics'; id: number; text?: string; error?: string }
  | { [KEY]: 'collect'; id: number }
  | { [KEY]: 'collected'; id: number; metrics?: object[]; error?: string };

/** How long the primary waits for every worker's metrics before the scrape fails. */
const COLLECT_TIMEOUT_MS = 5000;

function clusterMessage(message: unknown): ClusterMessage | undefined {
  return message && typeof message === 'object' && KEY in message
    ? (message as ClusterMessage)
    : undefined;
}

export interface SuperviseOptions {
  /** Worker processes to keep running (WEB_CONCURRENCY). */
  workers: number;
  /** BACKGROUND_JOBS as configured: off keeps them off in every worker. */
  backgroundJobs: 'on' | 'off';
  /** The first wait before replacing a worker that died; doubles on each death in a row, to 30 s. */
  restartDelayMs?: number;
}

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that ran this long before dying resets the backoff. */
const STABLE_AFTER_MS = 30_000;

/**
 * The primary of an edge under node:cluster (WEB_CONCURRENCY above 1). It forks one worker first,
 * the elected one: it runs the migrations and the seeding (as configured) and the background jobs
 * (BACKGROUND_JOBS=on). Once it has started, the others are forked with MIGRATIONS=skip,
 * SEED_DEMO_DATA=false and BACKGROUND_JOBS=off, so nothing races at start and one process sweeps.
 * A worker that dies is replaced after a backoff (the elected one by a worker with its role); a
 * worker that fails during the first start fails the whole start (exit code 1). SIGTERM and SIGINT
 * stop every worker gracefully; the primary then ends the way a single process does (by the same
 * signal, or exit code 1 if a worker did not stop cleanly). Resolves once the workers have started.
 */
export async function superviseWorkers(name: string, options: SuperviseOptions): Promise<void> {
  const logger = new Logger('Cluster');
  const baseDelay = options.restartDelayMs ?? 500;
  const live = new Set<Worker>();
  const startedAt = new Map<Worker, number>();
  let elected: Worker | undefined;
  let stopping: NodeJS.Signals | undefined;
  let failedStop = false;
  let deathsInARow = 0;
  const pendingRestarts = new Set<NodeJS.Timeout>();
  let collectIds = 0;
  const collections = new Map<number, (worker: Worker, m: ClusterMessage) => void>();

  /**
   * Every started worker's metrics, summed (or as each metric's `aggregator` says), for a GET
   * /metrics that `asking` serves.
   */
  const collectMetrics = (asking: Worker): Promise<string> => {
    const targets = [...live].filter((w) => (startedAt.has(w) || w === asking) && w.isConnected());
    const id = ++collectIds;
    return new Promise<string>((resolve, reject) => {
      const answers: object[][] = [];
      const timer = setTimeout(() => {
        collections.delete(id);
        reject(new Error(`${targets.length - answers.length} worker(s) did not answer in time`));
      }, COLLECT_TIMEOUT_MS);
      collections.set(id, (_worker, m) => {
        if (m[KEY] !== 'collected') return;
        if (m.error !== undefined) {
          clearTimeout(timer);
          collections.delete(id);
          return reject(new Error(m.error));
        }
        answers.push(m.metrics ?? []);
        if (answers.length < targets.length) return;
        clearTimeout(timer);
        collections.delete(id);
        resolve(AggregatorRegistry.aggregate(answers).metrics());
      });
      for (const worker of targets) worker.send({ [KEY]: 'collect', id } satisfies ClusterMessage);
    });
  };

  const fork = (role: 'elected' | 'serving', firstStart: boolean): Worker => {
    const worker = cluster.fork({
      BACKGROUND_JOBS: role === 'elected' ? options.backgroundJobs : 'off',
      // Only the elected worker's first start migrates and seeds (as configured); later ones
      // find the schema and the data in place.
      ...(role === 'elected' && firstStart ? {} : { MIGRATIONS: 'skip', SEED_DEMO_DATA: 'false' }),
    });
    live.add(worker);
    if (role === 'elected') elected = worker;
    worker.on('message', (message: unknown) => {
      const m = clusterMessage(message);
      if (m?.[KEY] === 'started') startedAt.set(worker, Date.now());
      if (m?.[KEY] === 'broadcast')
        for (const other of live) if (other !== worker && other.isConnected()) other.send(m);
      if (m?.[KEY] === 'collected') collections.get(m.id)?.(worker, m);
      if (m?.[KEY] === 'metrics') {
        const reply = (answer: { text?: string; error?: string }) => {
          if (worker.isConnected()) worker.send({ [KEY]: 'metrics', id: m.id, ...answer });
        };
        collectMetrics(worker).then(
          (text) => reply({ text }),
          (error: Error) => reply({ error: error.message }),
        );
      }
    });
    return worker;
  };

  /** Resolves when `worker` has started; rejects with its exit code if it died first. */
  const started = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (clusterMessage(message)?.[KEY] !== 'started') return;
        worker.off('exit', onExit);
        resolve();
      };
      const onExit = (code: number | null, signal: string | null) => {
        worker.off('message', onMessage);
        reject(new Error(`worker ${worker.process.pid} exited (${signal ?? `code ${code}`})`));
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
    });

  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = signal;
    for (const timer of pendingRestarts) clearTimeout(timer);
    pendingRestarts.clear();
    logger.log(`${signal}: stopping ${live.size} worker(s)`);
    for (const worker of live)
      if (worker.isConnected()) worker.send({ [KEY]: 'stop', signal } satisfies ClusterMessage);
    finishWhenEmpty();
  };

  const finishWhenEmpty = () => {
    if (!stopping || live.size > 0) return;
    for (const s of STOP_SIGNALS) process.removeAllListeners(s);
    if (failedStop) process.exit(1);
    // As a single process ends: by the signal that stopped it.
    process.kill(process.pid, stopping);
  };

  for (const signal of STOP_SIGNALS) process.on(signal, () => stopAll(signal));
  if (process.listenerCount('SIGHUP') === 0)
    process.on('SIGHUP', () => logger.log('SIGHUP ignored: SIGTERM stops the app'));

  let initial = true;
  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    const hadStarted = startedAt.has(worker);
    const ranMs = Date.now() - (startedAt.get(worker) ?? Date.now());
    startedAt.delete(worker);
    if (stopping) {
      // A clean stop ends by the signal (Nest raises it again) or with code 0.
      if (code !== 0 && code !== null) failedStop = true;
      return finishWhenEmpty();
    }
    // A worker that fails during the first start fails the start (reported below).
    if (initial && !hadStarted) return;
    const wasElected = worker === elected;
    deathsInARow = ranMs >= STABLE_AFTER_MS ? 1 : deathsInARow + 1;
    const delay = Math.min(MAX_RESTART_DELAY_MS, baseDelay * 2 ** (deathsInARow - 1));
    logger.warn(
      `worker ${worker.process.pid} exited (${signal ?? `code ${code}`})${wasElected ? ', the one running background jobs' : ''}: replacing it in ${delay} ms`,
    );
    const timer = setTimeout(() => {
      pendingRestarts.delete(timer);
      if (stopping) return;
      const replacement = fork(wasElected ? 'elected' : 'serving', false);
      started(replacement).then(
        () => logger.log(`worker ${replacement.process.pid} replaced worker ${worker.process.pid}`),
        () => undefined, // its exit is handled above
      );
    }, delay);
    pendingRestarts.add(timer);
  });

  try {
    const first = fork('elected', true);
    await started(first);
    const others = Array.from({ length: options.workers - 1 }, () => fork('serving', true));
    await Promise.all(others.map(started));
  } catch (error) {
    initial = false;
    // Stopped during the start: the stop ends the primary.
    if (stopping) return;
    // The failing worker printed why; stop the rest, and fail the start as one process would.
    stopping = 'SIGTERM';
    failedStop = true;
    for (const worker of live) worker.process.kill('SIGTERM');
    throw new StartupError(`${(error as Error).message} during the start (its reason above)`);
  }
  initial = false;
  logger.log(
    `${name}: ${options.workers} worker processes (WEB_CONCURRENCY), background jobs in worker ${elected?.process.pid}`,
  );
}

/**
 * In a worker: a stop the primary passes on is raised here as the signal itself, unless this
 * process already got a stop signal (Ctrl-C reaches every process of the terminal's group, and
 * a second signal during the graceful stop would cut it short).
 */
export function joinCluster(): void {
  if (!cluster.isWorker) return;
  let signalled = false;
  for (const signal of STOP_SIGNALS)
    process.once(signal, () => {
      signalled = true;
      // Before the app listens for signals, the default applies: stop now.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  process.on('message', (message: unknown) => {
    const m = clusterMessage(message);
    if (m?.[KEY] === 'stop' && !signalled) process.kill(process.pid, m.signal);
  });
}

/** In a worker: tells the primary this process serves (it forks the next ones after the first). */
export function reportStarted(): void {
  if (cluster.isWorker) process.send?.({ [KEY]: 'started' } satisfies ClusterMessage);
}

/**
 * Messages between the workers of one edge (through the primary), on a named channel; in a
 * process that is no cluster worker, publishing does nothing.
 */
export class ClusterPeers<T> {
  constructor(private readonly channel: string) {}

  /** Whether there are peers at all (this process is a cluster worker). */
  get active(): boolean {
    return cluster.isWorker;
  }

  publish(payload: T): void {
    if (!cluster.isWorker || !process.connected) return;
    process.send?.({ [KEY]: 'broadcast', channel: this.channel, payload } satisfies ClusterMessage);
  }

  /** Calls `handler` with what the other workers publish on this channel. */
  subscribe(handler: (payload: T) => void): void {
    if (!cluster.isWorker) return;
    process.on('message', (message: unknown) => {
      const m = clusterMessage(message);
      if (m?.[KEY] === 'broadcast' && m.channel === this.channel) handler(m.payload as T);
    });
  }
}

const metricsRequests = new Map<
  number,
  { resolve: (text: string) => void; reject: (error: Error) => void }
>();
let metricsRequestIds = 0;

/**
 * In a worker: lets the primary collect `registry` for the edge's GET /metrics, and listens for
 * the sums it answers (workerMetrics). Does nothing in a process that is no cluster worker.
 */
export function shareMetrics(registry: Registry): void {
  if (!cluster.isWorker) return;
  process.on('message', (message: unknown) => {
    const m = clusterMessage(message);
    if (m?.[KEY] === 'collect')
      registry.getMetricsAsJSON().then(
        (metrics) => process.send?.({ [KEY]: 'collected', id: m.id, metrics }),
        (error: Error) => process.send?.({ [KEY]: 'collected', id: m.id, error: error.message }),
      );
    if (m?.[KEY] !== 'metrics') return;
    const request = metricsRequests.get(m.id);
    metricsRequests.delete(m.id);
    if (m.error !== undefined) request?.reject(new Error(m.error));
    else request?.resolve(m.text ?? '');
  });
}

/**
 * In a worker: the metrics of every worker of the edge, summed by the primary, so that a scrape
 * through the shared port sees the whole edge whichever worker takes it; undefined elsewhere.
 */
export function workerMetrics(): Promise<string> | undefined {
  if (!cluster.isWorker || !process.connected) return undefined;
  const id = ++metricsRequestIds;
  return new Promise<string>((resolve, reject) => {
    metricsRequests.set(id, { resolve, reject });
    process.send?.({ [KEY]: 'metrics', id } satisfies ClusterMessage);
  });
}
