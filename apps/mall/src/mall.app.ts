import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { HELLO_PROTO, USER_PROTO } from '@nestmall/contracts';
import { configureHttpEdge, grpcServerOptions, type AppConfig } from '@nestmall/platform';
import { MallModule } from './mall.module.js';

/**
 * Builds the monolith (HTTP + gRPC in one hybrid app) without listening, so main.ts and the e2e
 * suites start exactly the same app.
 */
export async function createMallApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(await MallModule.forRoot(), {
    logger: ['fatal', 'error', 'warn', 'log'],
    // Start-up errors reach the caller (runMain reports them) instead of ending the process here.
    abortOnError: false,
  });
  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  app.useLogger(levelsFrom(config.get('LOG_LEVEL', { infer: true })));
  configureHttpEdge(app, {
    bodyLimit: config.get('HTTP_BODY_LIMIT', { infer: true }),
    title: 'nestmall',
    description: 'The nestmall shop (modular monolith). Errors share one format: ErrorBody.',
    version: '0.1.0',
  });
  app.connectMicroservice(
    grpcServerOptions(config.get('GRPC_URL', { infer: true }), [HELLO_PROTO, USER_PROTO]),
    { inheritAppConfig: true },
  );
  return app;
}

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

function levelsFrom(level: (typeof LEVELS)[number]): (typeof LEVELS)[number][] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}
