import { Logger } from '@nestjs/common';
import { InvalidConfigError } from '../config/config.schema.js';

/**
 * Runs an app's start-up. A failure to start (bad configuration, a port in use, an unreachable
 * database) ends the process with exit code 1 and one clear line instead of a stack trace.
 */
export async function runMain(name: string, start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const message =
      error instanceof InvalidConfigError
        ? e.message
        : e.code === 'EADDRINUSE'
          ? `address already in use: ${(e as { address?: string }).address ?? ''}:${(e as { port?: number }).port ?? ''} (set PORT / GRPC_URL)`
          : `${e.name}: ${e.message}`;
    new Logger(name).fatal(`failed to start: ${message}`);
    if (!(error instanceof InvalidConfigError) && e.stack) new Logger(name).debug(e.stack);
    process.exitCode = 1;
    // Let pending log lines flush, then make sure half-open servers do not keep us alive.
    setTimeout(() => process.exit(1), 100).unref();
  }
}
