import { Logger, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ProtoContract } from '@nestmall/contracts';
import { configSchema, type AppConfig } from '../config/config.schema.js';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter.js';
import { grpcServerOptions } from '../grpc/grpc-server-options.js';
import { NamedGrpcServer } from '../grpc/named-grpc-server.js';
import { configureHttpEdge, edgeAdapterOptions } from '../http/configure-http.js';
import { SHOP_API_HEAD } from '../http/openapi-document.js';
import { createAppLogger } from '../logging/app-logger.js';
import { httpMetrics } from '../observability/http-metrics.js';
import { Metrics } from '../observability/metrics.js';
import { Readiness } from '../observability/readiness.js';
import { GrpcTls } from '../tls/grpc-tls.js';

/** A Nest app for `module`, logging as LOG_LEVEL and LOG_FORMAT say; start-up errors reach the caller. */
export async function createNestApp(
  module: Promise<DynamicModule>,
): Promise<NestFastifyApplication> {
  // Composing the module has loaded .env into process.env, so the logger sees it too.
  const resolved = await module;
  // The edge's construction-time options come from the environment the composition validated.
  const adapter = new FastifyAdapter(
    edgeAdapterOptions({
      bodyLimit: configSchema.shape.HTTP_BODY_LIMIT.parse(process.env.HTTP_BODY_LIMIT),
      trustProxy: configSchema.shape.TRUST_PROXY.parse(process.env.TRUST_PROXY || undefined),
    }),
  );
  const app = await NestFactory.create<NestFastifyApplication>(resolved, adapter, {
    logger: createAppLogger(),
    abortOnError: false,
    // configureHttpEdge registers the one JSON parser (depth scan, prototype keys, raw bytes).
    bodyParser: false,
  });
  app.useGlobalFilters(new AllExceptionsFilter());
  const metrics = optional(app, Metrics);
  if (metrics) httpMetrics(app.getHttpAdapter().getInstance(), metrics);
  const readiness = optional(app, Readiness);
  if (readiness) drainHttpOnShutdown(app, readiness);
  stopOnlyWhenAsked(app);
  return app;
}

/**
 * A graceful stop on SIGTERM and SIGINT only. Nest's default list includes SIGHUP, which a
 * closing terminal or a log rotation sends; it is ignored (logged) instead of ending the shop.
 */
function stopOnlyWhenAsked(app: NestFastifyApplication): void {
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  if (process.listenerCount('SIGHUP') === 0) {
    process.on('SIGHUP', () => new Logger('Process').log('SIGHUP ignored: SIGTERM stops the app'));
  }
}

/**
 * Once shutdown begins, answers carry `Connection: close` and idle keep-alive connections are
 * closed as they appear, so the HTTP server's close (which finishes the requests in flight) is
 * not held up by clients' idle connections for the keep-alive timeout.
 */
function drainHttpOnShutdown(app: NestFastifyApplication, readiness: Readiness): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      if (readiness.shuttingDown) void reply.header('Connection', 'close');
      done();
    });
  readiness.onStopping(() => {
    const server = app.getHttpServer();
    const timer = setInterval(() => server.closeIdleConnections(), 100).unref();
    server.once('close', () => clearInterval(timer));
  });
}

/** Makes `app` a REST edge: validation, the error format, body limit, Swagger at /docs. */
export function serveHttpEdge(app: NestFastifyApplication): void {
  const get = <K extends keyof AppConfig>(key: K) => config(app).get(key, { infer: true });
  configureHttpEdge(app, {
    bodyLimit: get('HTTP_BODY_LIMIT'),
    clientLimits: {
      headersTimeoutMs: get('HTTP_HEADERS_TIMEOUT_MS'),
      requestTimeoutMs: get('HTTP_REQUEST_TIMEOUT_MS'),
    },
    corsOrigins: get('CORS_ORIGINS'),
    // Off in production unless asked for: the document maps every route for an attacker too.
    swagger: (get('SWAGGER') ?? (get('NODE_ENV') === 'production' ? 'off' : 'on')) === 'on',
    accessLog: get('ACCESS_LOG') === 'on',
    ...SHOP_API_HEAD,
  });
}

/**
 * Adds a gRPC server on GRPC_URL for `contracts`, with the app's filters (inheritAppConfig) and
 * its identity (GrpcTlsModule): mutual TLS, the contracts' public methods open to any caller. A
 * port in use fails the start naming GRPC_URL.
 */
export function serveGrpc(app: NestFastifyApplication, contracts: ProtoContract[]): void {
  const publicMethods = contracts.flatMap((c) => c.publicMethods ?? []);
  const credentials = app.get(GrpcTls).serverCredentials(publicMethods);
  const readiness = optional(app, Readiness);
  const { options } = grpcServerOptions(
    config(app).get('GRPC_URL', { infer: true }),
    contracts,
    credentials,
    // The health service answers what /health/ready answers (NOT_SERVING once shutdown began).
    readiness && ((follow) => readiness.onChange(follow)),
    config(app).get('GRPC_MAX_CONNECTION_AGE_MS', { infer: true }),
    optional(app, Metrics),
  );
  app.connectMicroservice(
    { strategy: new NamedGrpcServer('GRPC_URL', options) },
    { inheritAppConfig: true },
  );
}

/**
 * Starts a service app: its gRPC server, then its HTTP port (PORT on HOST) for the operational
 * routes only (GET /health/live, /health/ready, /metrics: a service has no REST routes).
 * Returns the HTTP base URL for the banner.
 */
export async function startServiceApp(app: NestFastifyApplication): Promise<string> {
  if (config(app).get('MIGRATIONS', { infer: true }) === 'only') {
    // The migration Job of a deployment: creating the app opened the database and ran the
    // migrations; nothing is served.
    new Logger('Migrations').log('MIGRATIONS=only: the migrations ran; exiting');
    await app.close();
    process.exit(0);
  }
  await app.startAllMicroservices();
  const port = config(app).get('PORT', { infer: true });
  await app.listen(port, config(app).get('HOST', { infer: true }));
  return `http://localhost:${port}`;
}

function optional<T>(app: NestFastifyApplication, token: abstract new (...args: never[]) => T) {
  try {
    return app.get<T>(token, { strict: false });
  } catch {
    return undefined;
  }
}

function config(app: NestFastifyApplication): ConfigService<AppConfig, true> {
  return app.get<ConfigService<AppConfig, true>>(ConfigService);
}
