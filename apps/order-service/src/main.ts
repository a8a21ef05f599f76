// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GrpcTls, startServiceApp, redactUrl, runMain, type AppConfig } from '@nestmall/platform';
import { createOrderServiceApp } from './order-service.app.js';

await runMain('order-service', async () => {
  const app = await createOrderServiceApp();
  const http = await startServiceApp(app);

  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const logger = new Logger('order-service');
  logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
  logger.log(
    `gRPC        ${config.get('GRPC_URL', { infer: true })}  (nestmall.order.v1.OrderService)`,
  );
  logger.log(`inventory  -> ${config.get('INVENTORY_SERVICE_URL', { infer: true })}`);
  logger.log(`Database    ${redactUrl(config.get('DATABASE_URL', { infer: true }))}`);
  logger.log(`Operations  ${http}/health/ready, ${http}/metrics`);
});
