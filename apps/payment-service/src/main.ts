// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GrpcTls, redactUrl, runMain, type AppConfig, startServiceApp } from '@nestmall/platform';
import { createPaymentServiceApp } from './payment-service.app.js';

await runMain('payment-service', async () => {
  const app = await createPaymentServiceApp();
  const http = await startServiceApp(app);

  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const logger = new Logger('payment-service');
  logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
  logger.log(
    `gRPC        ${config.get('GRPC_URL', { infer: true })}  (nestmall.payment.v1.PaymentService)`,
  );
  logger.log(`orders     -> ${config.get('ORDER_SERVICE_URL', { infer: true })}`);
  logger.log(`Database    ${redactUrl(config.get('DATABASE_URL', { infer: true }))}`);
  logger.log(`Operations  ${http}/health/ready, ${http}/metrics`);
});
