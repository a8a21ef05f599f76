// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { IM_WS_PATH } from '@nestmall/im';
import { GrpcTls, redactUrl, runMain, type AppConfig, startServiceApp } from '@nestmall/platform';
import { createImServiceApp } from './im-service.app.js';

await runMain('im-service', async () => {
  const app = await createImServiceApp();
  const http = await startServiceApp(app);

  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const logger = new Logger('im-service');
  logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
  logger.log(`gRPC        ${config.get('GRPC_URL', { infer: true })}  (health only)`);
  logger.log(`REST        ${http}/im/conversations  (Swagger UI ${http}/docs)`);
  logger.log(`WebSocket   ${http.replace(/^http/, 'ws')}${IM_WS_PATH}`);
  logger.log(`Database    ${redactUrl(config.get('DATABASE_URL', { infer: true }))}`);
  logger.log(`Operations  ${http}/health/ready, ${http}/metrics`);
});
