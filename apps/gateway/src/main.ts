// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GrpcTls, PLATFORM_PROCESS_LOCAL, runMain, type AppConfig } from '@nestmall/platform';
import { CALLED_CONTEXTS, developmentDefaults, GATEWAY } from '@nestmall/topology';
import { createGatewayApp } from './gateway.app.js';

await runMain(
  'gateway',
  async () => {
    const app = await createGatewayApp();
    const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
    await app.listen(config.get('PORT', { infer: true }), config.get('HOST', { infer: true }));

    const base = `http://localhost:${config.get('PORT', { infer: true })}`;
    const logger = new Logger('gateway');
    logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
    logger.log(`REST        ${base}  (Swagger UI ${base}/docs)`);
    for (const context of GATEWAY.calls) {
      const variable = CALLED_CONTEXTS[context].urlVariable;
      logger.log(
        `${context.padEnd(10)} -> ${config.get(variable)} (${config.get('GRPC_LB', { infer: true })})`,
      );
    }
  },
  // WEB_CONCURRENCY: no database here; its own state is the abuse limits and the revocations.
  { defaults: developmentDefaults(GATEWAY.app), processLocal: PLATFORM_PROCESS_LOCAL },
);
