// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GrpcTls, redactUrl, runMain, type AppConfig, startServiceApp } from '@nestmall/platform';
import { createMarketingServiceApp } from './marketing-service.app.js';

await runMain('marketing-service', async () => {
  const app = await createMarketingServiceApp();
  const http = await startServiceApp(app);

  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const logger = new Logger('marketing-service');
  logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
  logger.log(
    `gRPC        ${config.get('GRPC_URL', { infer: true })}  (nestmall.marketing.v1.MarketingService)`,
  );
  logger.log(`Database    ${redactUrl(config.get('DATABASE_URL', { infer: true }))}`);
  logger.log(`Operations  ${http}/health/ready, ${http}/metrics`);
});
