// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GrpcTls, redactUrl, runMain, type AppConfig, startServiceApp } from '@nestmall/platform';
import type { VerificationConfig } from '@nestmall/verification';
import { createVerificationServiceApp } from './verification-service.app.js';

await runMain('verification-service', async () => {
  const app = await createVerificationServiceApp();
  const http = await startServiceApp(app);

  const config = app.get<ConfigService<AppConfig & VerificationConfig, true>>(ConfigService);
  const logger = new Logger('verification-service');
  logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
  logger.log(
    `gRPC        ${config.get('GRPC_URL', { infer: true })}  (nestmall.verification.v1.VerificationService)`,
  );
  logger.log(`Database    ${redactUrl(config.get('DATABASE_URL', { infer: true }))}`);
  logger.log(`Codes       ${config.get('VERIFICATION_CODE_STORE', { infer: true })}`);
  logger.log(`SMTP        ${redactUrl(config.get('SMTP_URL', { infer: true }))}`);
  logger.log(`SMS         ${redactUrl(config.get('SMS_PROVIDER_URL', { infer: true }))}`);
  logger.log(`Operations  ${http}/health/ready, ${http}/metrics`);
});
