// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { IM_PROCESS_LOCAL } from '@nestmall/im';
import {
  DATABASE_PROCESS_LOCAL,
  GrpcTls,
  PLATFORM_PROCESS_LOCAL,
  redactUrl,
  runMain,
  type AppConfig,
} from '@nestmall/platform';
import { VERIFICATION_PROCESS_LOCAL } from '@nestmall/verification';
import { createMallApp } from './mall.app.js';

await runMain(
  'nestmall',
  async () => {
    const app = await createMallApp();
    const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
    await app.startAllMicroservices();
    await app.listen(config.get('PORT', { infer: true }), config.get('HOST', { infer: true }));

    const base = `http://localhost:${config.get('PORT', { infer: true })}`;
    const grpcUrl = config.get('GRPC_URL', { infer: true });
    const logger = new Logger('nestmall');
    logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
    logger.log(`REST        ${base}  (try ${base}/user/info/5)`);
    logger.log(`Swagger UI  ${base}/docs  (OpenAPI JSON at ${base}/docs-json)`);
    logger.log(
      `gRPC        ${grpcUrl}  (Hello.SayHello and the user, catalog, inventory, order services)`,
    );
    logger.log(`Database    ${redactUrl(config.get('DATABASE_URL', { infer: true }))}`);
  },
  // WEB_CONCURRENCY: one process, or several under node:cluster once no state is process-local.
  {
    processLocal: [
      DATABASE_PROCESS_LOCAL,
      ...PLATFORM_PROCESS_LOCAL,
      ...VERIFICATION_PROCESS_LOCAL,
      ...IM_PROCESS_LOCAL,
    ],
  },
);
