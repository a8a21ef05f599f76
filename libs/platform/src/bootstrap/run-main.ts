import { Logger } from '@nestjs/common';
import { StartupError } from '../errors/startup-error.js';
import { createAppLogger } from '../logging/app-logger.js';

/**
 * Runs an app's start-up. A failure to start (bad configuration, a port in use, an unreachable
 * database) ends the process with exit code 1 and one clear line; the stack only at debug.
 */
export async function runMain(name: string, start: () => Promise<void>): Promise<void> {
  // Before the app exists, so that a configuration error is printed the way every later line is.
  Logger.overrideLogger(createAppLogger());
  try {
    await start();
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
