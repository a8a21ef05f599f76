import type { DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ProtoContract } from '@nestmall/contracts';
import type { AppConfig } from '../config/config.schema.js';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter.js';
import { grpcServerOptions } from '../grpc/grpc-server-options.js';
import { NamedGrpcServer } from '../grpc/named-grpc-server.js';
import { configureHttpEdge } from '../http/configure-http.js';
import { SHOP_API_HEAD } from '../http/openapi-document.js';
import { createAppLogger } from '../logging/app-logger.js';
import { GrpcTls } from '../tls/grpc-tls.js';

/** A Nest app for `module`, logging as LOG_LEVEL and LOG_FORMAT say; start-up errors reach the caller. */
export async function createNestApp(
  module: Promise<DynamicModule>,
): Promise<NestExpressApplication> {
  // Composing the module has loaded .env into process.env, so the logger sees it too.
  const resolved = await module;
  const app = await NestFactory.create<NestExpressApplication>(resolved, {
    logger: createAppLogger(),
    abortOnError: false,
  });
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  return app;
}

/** Makes `app` a REST edge: validation, the error format, body limit, Swagger at /docs. */
export function serveHttpEdge(app: NestExpressApplication): void {
  configureHttpEdge(app, {
    bodyLimit: config(app).get('HTTP_BODY_LIMIT', { infer: true }),
    accessLog: config(app).get('ACCESS_LOG', { infer: true }) === 'on',
    ...SHOP_API_HEAD,
  });
}

/**
 * Adds a gRPC server on GRPC_URL for `contracts`, with the app's filters (inheritAppConfig) and
 * its identity (GrpcTlsModule): mutual TLS, the contracts' public methods open to any caller. A
 * port in use fails the start naming GRPC_URL.
 */
export function serveGrpc(app: NestExpressApplication, contracts: ProtoContract[]): void {
  const publicMethods = contracts.flatMap((c) => c.publicMethods ?? []);
  const credentials = app.get(GrpcTls).serverCredentials(publicMethods);
  const { options } = grpcServerOptions(
    config(app).get('GRPC_URL', { infer: true }),
    contracts,
    credentials,
  );
  app.connectMicroservice(
    { strategy: new NamedGrpcServer('GRPC_URL', options) },
    { inheritAppConfig: true },
  );
}

function config(app: NestExpressApplication): ConfigService<AppConfig, true> {
  return app.get<ConfigService<AppConfig, true>>(ConfigService);
}
