// First: starts OpenTelemetry (OTEL_TRACES_EXPORTER) before anything it instruments loads.
import '@nestmall/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CartConfig } from '@nestmall/cart';
import { GrpcTls, redactUrl, runMain, type AppConfig, startServiceApp } from '@nestmall/platform';
import { createCartServiceApp } from './cart-service.app.js';

await runMain('cart-service', async () => {
  const app = await createCartServiceApp();
  const http = await startServiceApp(app);

  const config = app.get<ConfigService<AppConfig & CartConfig, true>>(ConfigService);
  const logger = new Logger('cart-service');
  logger.log(`gRPC TLS    ${app.get(GrpcTls).describe()}`);
  logger.log(
    `gRPC        ${config.get('GRPC_URL', { infer: true })}  (nestmall.cart.v1.CartService)`,
  );
  const store = config.get('CART_STORE', { infer: true });
  logger.log(
    `Carts in    ${store === 'redis' ? `${redactUrl(config.get('REDIS_URL', { infer: true }))} (${config.get('REDIS_KEY_PREFIX', { infer: true })}:cart:*)` : redactUrl(config.get('DATABASE_URL', { infer: true }))}`,
  );
  logger.log(`Operations  ${http}/health/ready, ${http}/metrics`);
});
