import { Logger, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ProtoContract } from '@nestmall/contracts';
import type { AppConfig } from '../config/config.schema.js';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter.js';
import { grpcServerOptions } from '../grpc/grpc-server-options.js';
import { configureHttpEdge } from '../http/configure-http.js';

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/** The Swagger document's head, the same for every REST edge (monolith and gateway). */
const API_DOCUMENT = {
  title: 'nestmall',
  description:
    'The nestmall shop. The same routes, bodies and errors whether served by the monolith or by ' +
    'the gateway in front of the services. Every error answer has the ErrorBody format.',
  version: '0.1.0',
};

/** A Nest app for `module`, with LOG_LEVEL applied; start-up errors reach the caller. */
export async function createNestApp(
  module: Promise<DynamicModule>,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(await module, {
    logger: ['fatal', 'error', 'warn', 'log'],
    abortOnError: false,
  });
  const level = config(app).get('LOG_LEVEL', { infer: true });
  app.useLogger(LEVELS.slice(0, LEVELS.indexOf(level) + 1));
  app.useGlobalFilters(new AllExceptionsFilter());
  stopOnlyWhenAsked(app);
  return app;
}

/**
 * A graceful stop on SIGTERM and SIGINT only. Nest's default list includes SIGHUP, which a
 * closing terminal or a log rotation sends; it is ignored (logged) instead of ending the shop.
 */
function stopOnlyWhenAsked(app: NestExpressApplication): void {
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  if (process.listenerCount('SIGHUP') === 0) {
    process.on('SIGHUP', () => new Logger('Process').log('SIGHUP ignored: SIGTERM stops the app'));
  }
}

/** Makes `app` a REST edge: validation, the error format, body limit, Swagger at /docs. */
export function serveHttpEdge(app: NestExpressApplication): void {
  const get = <K extends keyof AppConfig>(key: K) => config(app).get(key, { infer: true });
  configureHttpEdge(app, {
    bodyLimit: get('HTTP_BODY_LIMIT'),
    clientLimits: {
      headersTimeoutMs: get('HTTP_HEADERS_TIMEOUT_MS'),
      requestTimeoutMs: get('HTTP_REQUEST_TIMEOUT_MS'),
    },
    corsOrigins: get('CORS_ORIGINS'),
    trustProxy: get('TRUST_PROXY'),
    // Off in production unless asked for: the document maps every route for an attacker too.
    swagger: (get('SWAGGER') ?? (get('NODE_ENV') === 'production' ? 'off' : 'on')) === 'on',
    ...API_DOCUMENT,
  });
}

/** Adds a gRPC server on GRPC_URL for `contracts`, with the app's filters (inheritAppConfig). */
export function serveGrpc(app: NestExpressApplication, contracts: ProtoContract[]): void {
  app.connectMicroservice(
    grpcServerOptions(config(app).get('GRPC_URL', { infer: true }), contracts),
    {
      inheritAppConfig: true,
    },
  );
}

function config(app: NestExpressApplication): ConfigService<AppConfig, true> {
  return app.get<ConfigService<AppConfig, true>>(ConfigService);
}
