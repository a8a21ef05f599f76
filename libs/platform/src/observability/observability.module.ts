import {
  Global,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import type { AppConfig } from '../config/config.schema.js';
import { HealthHttpController } from './health.http-controller.js';
import { Metrics } from './metrics.js';
import { MetricsHttpController } from './metrics.http-controller.js';
import { Readiness } from './readiness.js';
import { flushTraces } from '../tracing/traces.js';

/** Sends the spans still buffered when the app stops (tracing on; nothing otherwise). */
@Injectable()
class TraceFlush implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await flushTraces();
  }
}

/**
 * Health, readiness and metrics of one app (every app imports it: hostingAppImports, the
 * gateway): GET /health/live, /health/ready and /metrics on its HTTP port, the gRPC calls it
 * serves counted and timed. Global, so that any module adds what it knows: a readiness probe
 * (Readiness.add) for a dependency it needs, metrics (Metrics.counter/gauge/histogram) for what
 * it does. Modules inject both as optional, so they also run in tests without this module. The
 * gRPC calls are observed in grpc-js (grpc/observe-calls.ts), the HTTP requests in Fastify's hooks
 * (http-metrics.ts): no Nest interceptor is on any request's path.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(app: string): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthHttpController, MetricsHttpController],
      providers: [
        { provide: Metrics, useFactory: () => new Metrics(app) },
        {
          provide: Readiness,
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) =>
            new Readiness({
              probeTimeoutMs: 2000,
              intervalMs: 5000,
              shutdownGraceMs: config.get('SHUTDOWN_GRACE_MS', { infer: true }),
            }),
        },
        TraceFlush,
      ],
      exports: [Metrics, Readiness],
    };
  }
}
