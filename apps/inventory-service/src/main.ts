// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GrpcTls, startServiceApp, redactUrl, runMain, type AppConfig } from '@nestmall/platform';
import { createInventoryServiceApp } from './inventory-service.app.js';

await runMain('inventory-service', async () => {
  const app = await createInventoryServiceApp();
  const http = await startServiceApp(app);

  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const logger = new Logger('inventory-service');
  logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
  logger.log(
    `gRPC        ${config.get('GRPC_URL', { infer: true })}  (nestmall.inventory.v1.InventoryService, nestmall.catalog.v1.CatalogService)`,
  );
  logger.log(`Database    ${redactUrl(config.get('DATABASE_URL', { infer: true }))}`);
  logger.log(`Operations  ${http}/health/ready, ${http}/metrics`);
});
