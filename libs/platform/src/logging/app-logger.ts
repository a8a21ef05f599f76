import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { wantsColors } from './wants-colors.js';

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/**
 * Nest's own start-up listings (every module initialised, every controller and route mapped,
 * "successfully started"): about sixty lines that bury the banner, so they are debug lines here.
 */
const FRAMEWORK_LISTINGS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'NestMicroservice',
]);

/**
 * Nest logs a failure to start (with its stack, or a listen error) under these contexts, then
 * rethrows it (abortOnError: false) to runMain, which prints one line; theirs are for debug.
 */
const RETHROWN_START_UP_FAILURES = new Set(['ExceptionHandler', 'NestApplication']);

/** @nestjs/typeorm's notice before it tries again, which it logs as an error with a stack. */
const RETRY_NOTICE = /^Unable to connect to the database/;

/** The levels at and above `level` (LOG_LEVEL=warn: fatal, error, warn). */
export function logLevelsFrom(level: string | undefined): LogLevel[] {
  const index = LEVELS.indexOf((level ?? 'log') as (typeof LEVELS)[number]);
  return LEVELS.slice(0, (index < 0 ? LEVELS.indexOf('log') : index) + 1);
}

/** Nest's ConsoleLogger with the framework's start-up chatter moved to debug. */
export class AppLogger extends ConsoleLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    if (FRAMEWORK_LISTINGS.has(rest.at(-1) as string)) return this.debug(message, ...rest);
    super.log(message, ...rest);
  }

  override error(message: unknown, ...rest: unknown[]): void {
    const context = rest.at(-1);
    if (RETHROWN_START_UP_FAILURES.has(context as string)) return this.debug(message, ...rest);
    if (typeof message === 'string' && RETRY_NOTICE.test(message)) {
      super.warn(message, context);
      return this.debug(rest[0], context);
    }
    super.error(message, ...rest);
  }
}

/**
 * The logger of every app, from the environment: LOG_LEVEL, LOG_FORMAT=json (one JSON object a
 * line, for log shippers), colours only where wantsColors says so. Read before the app exists,
 * so that Nest's own start-up lines already obey it; the values are validated with the rest of
 * the configuration.
 */
export function createAppLogger(env: NodeJS.ProcessEnv = process.env): AppLogger {
  const json = env.LOG_FORMAT === 'json';
  return new AppLogger({
    logLevels: logLevelsFrom(env.LOG_LEVEL),
    json,
    colors: !json && wantsColors(process.stdout, env),
  });
}
