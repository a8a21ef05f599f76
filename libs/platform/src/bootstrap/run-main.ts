import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { Logger } from '@nestjs/common';
import type { ProcessLocalSetting } from '../config/config-fragment.js';
import { StartupError } from '../errors/startup-error.js';
import { createAppLogger } from '../logging/app-logger.js';
import { joinCluster, reportStarted, superviseWorkers } from './cluster.js';
import { startSettings, webConcurrency, type WorkerCount } from './web-concurrency.js';

/** An HTTP edge that may run as several processes (WEB_CONCURRENCY). */
export interface EdgeProcesses {
  /** The app's own defaults (as given to appConfigModule), under `.env` and the environment. */
  defaults?: Readonly<Record<string, string>>;
  /** The settings of its contexts that can keep state in one process. */
  processLocal: readonly ProcessLocalSetting[];
}

/**
 * Runs an app's start-up. A failure to start (bad configuration, a port in use, an unreachable
 * database) ends the process with exit code 1 and one clear line; the stack only at debug.
 * With `edge`, WEB_CONCURRENCY decides how many processes: one runs `start` here (no fork);
 * more make this process the node:cluster primary (cluster.ts), each worker running `start`.
 */
export async function runMain(
  name: string,
  start: () => Promise<void>,
  edge?: EdgeProcesses,
): Promise<void> {
  // Before the app exists, so that a configuration error is printed the way every later line is.
  Logger.overrideLogger(createAppLogger());
  try {
    let count: WorkerCount | undefined;
    if (edge && cluster.isPrimary) {
      const settings = startSettings(edge.defaults ?? {});
      count = webConcurrency(settings, edge.processLocal, availableParallelism());
      if (count.workers > 1)
        return await superviseWorkers(name, {
          workers: count.workers,
          backgroundJobs: settings.BACKGROUND_JOBS === 'off' ? 'off' : 'on',
        });
    }
    joinCluster();
    await start();
    reportStarted();
    // After the banner, so that a failed start stays one line.
    if (count?.note) new Logger(name)[count.noteLevel ?? 'log'](count.note);
  } catch (error) {
    const logger = new Logger(name);
    logger.fatal(`failed to start: ${describeFailure(error)}`);
    const detail = error instanceof StartupError ? error.cause : error;
    if (detail instanceof Error && detail.stack) logger.debug(detail.stack);
    process.exitCode = 1;
    // Let pending log lines flush, then make sure half-open servers do not keep us alive.
    setTimeout(() => process.exit(1), 100).unref();
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const e = error as NodeJS.ErrnoException & { address?: string; port?: number };
  // Only the HTTP listener gets here with EADDRINUSE: gRPC bind failures are StartupErrors.
  if (e.code === 'EADDRINUSE')
    return `PORT ${e.port}: ${e.address}:${e.port} is already in use (another process listens there): stop it, or set PORT to a free port`;
  return `${e.name}: ${e.message}`;
}
