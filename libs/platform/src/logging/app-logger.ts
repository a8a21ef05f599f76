import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { pino, type Logger as Pino } from 'pino';
import { currentRequest } from './request-context.js';
import { wantsColors } from './wants-colors.js';

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/**
 * Nest's own start-up listings (every module initialised, every controller, route and WebSocket
 * message handler mapped, "successfully started"): about sixty lines that bury the banner, so they are debug lines here.
 */
const FRAMEWORK_LISTINGS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'NestMicroservice',
  // @nestjs/websockets: one "subscribed to the ... message" line per gateway handler.
  'WebSocketsController',
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

/**
 * What never reaches a JSON log line, whatever object is logged: credentials in headers
 * (authorization, cookies), passwords and tokens at the top level or one level down.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'password',
  'token',
  'access_token',
  'refresh_token',
  'secret',
  '*.authorization',
  '*.cookie',
  '*["set-cookie"]',
  '*.password',
  '*.token',
  '*.access_token',
  '*.refresh_token',
  '*.secret',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
];

/** Nest's levels as pino levels (the same order as pino's own). */
const PINO_LEVELS: Record<LogLevel, number> = {
  fatal: 60,
  error: 50,
  warn: 40,
  log: 30,
  debug: 20,
  verbose: 10,
};

/**
 * The JSON writer (pino): one object a line with `level` (Nest's name), `time` (ISO, UTC),
 * `pid`, `context`, `message`, and `requestId` and `traceId` on every line written while serving
 * a request; secrets redacted by REDACTED_PATHS.
 */
export function createJsonWriter(
  levels: LogLevel[],
  /** stdout (synchronous for files and pipes on Linux, so a line is out before an exit). */
  destination: NodeJS.WritableStream = process.stdout,
): Pino<LogLevel> {
  const lowest = LEVELS.filter((l) => levels.includes(l)).at(-1) ?? 'log';
  return pino<LogLevel>(
    {
      level: lowest,
      customLevels: PINO_LEVELS,
      useOnlyCustomLevels: true,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '***' },
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.requestId, traceId: request.traceId } : {};
      },
    },
    destination,
  );
}

/** Nest's ConsoleLogger with the framework's start-up chatter moved to debug; JSON through pino. */
export class AppLogger extends ConsoleLogger {
  /** Set with LOG_FORMAT=json: every line goes through pino. */
  writer?: Pino<LogLevel>;

  protected override printMessages(
    messages: unknown[],
    context = '',
    logLevel: LogLevel = 'log',
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    if (!this.writer)
      return super.printMessages(messages, context, logLevel, writeStreamType, errorStack, params);
    for (const message of messages) {
      const fields = {
        context,
        ...params,
        ...(typeof errorStack === 'string' ? { stack: errorStack } : {}),
      };
      if (message instanceof Error)
        this.writer[logLevel]({ ...fields, err: message }, message.message);
      else if (message && typeof message === 'object')
        this.writer[logLevel]({ ...fields, ...message });
      else this.writer[logLevel](fields, String(message));
    }
  }

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
  const logLevels = logLevelsFrom(env.LOG_LEVEL);
  const logger = new AppLogger({
    logLevels,
    json,
    colors: !json && wantsColors(process.stdout, env),
  });
  if (json) logger.writer = createJsonWriter(logLevels);
  return logger;
}
