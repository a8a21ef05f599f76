// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GrpcTls, redactUrl, runMain, type AppConfig, startServiceApp } from '@nestmall/platform';
import type { ThirdpartyConfig } from '@nestmall/thirdparty';
import { createThirdpartyServiceApp } from './thirdparty-service.app.js';

await runMain('thirdparty-service', async () => {
  const app = await createThirdpartyServiceApp();
  const http = await startServiceApp(app);

  const config = app.get<ConfigService<AppConfig & ThirdpartyConfig, true>>(ConfigService);
  const logger = new Logger('thirdparty-service');
  logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
  logger.log(
    `gRPC        ${config.get('GRPC_URL', { infer: true })}  (nestmall.thirdparty.v1.ThirdpartyService)`,
  );
  logger.log(`Database    ${redactUrl(config.get('DATABASE_URL', { infer: true }))}`);
  logger.log(`Carrier     ${redactUrl(config.get('CARRIER_URL', { infer: true }))}`);
  logger.log(`Identity    ${redactUrl(config.get('IDENTITY_PROVIDER_URL', { infer: true }))}`);
  logger.log(`Moderation  ${redactUrl(config.get('MODERATION_PROVIDER_URL', { infer: true }))}`);
  logger.log(`Operations  ${http}/health/ready, ${http}/metrics`);
});
