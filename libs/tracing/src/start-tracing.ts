import { createRequire } from 'node:module';
import type { IncomingMessage } from 'node:http';
import { EntrySpansSampler, samplerFromEnv } from './sampler.js';

type NodeSdkModule = typeof import('@opentelemetry/sdk-node');
type HttpInstrumentationModule = typeof import('@opentelemetry/instrumentation-http');
type MySql2InstrumentationModule = typeof import('@opentelemetry/instrumentation-mysql2');

/** Operational routes: probes and scrapes every few seconds, not worth a trace each. */
const UNTRACED_PATHS = /^\/(health\/(live|ready)|metrics)(\?|$)/;

/**
 * Tracing is off unless OTEL_TRACES_EXPORTER names an exporter (otlp, console, zipkin): unset or
 * `none` loads nothing of the SDK. OTEL_SDK_DISABLED=true turns it off too.
 */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'none');
  return exporters.length > 0;
}

/** The app a built entry point belongs to: dist/apps/<app>/src/main.js -> <app>. */
export function appNameOf(entry: string | undefined): string {
  return /apps[\\/]([^\\/]+)[\\/]src[\\/]main\.[cm]?[jt]s$/.exec(entry ?? '')?.[1] ?? 'nestmall';
}

let started = false;

/**
 * Starts the OpenTelemetry Node SDK when tracing is requested, before the app's modules load (so
 * the http and mysql2 instrumentations patch them): the exporter, the OTLP endpoint, the protocol,
 * the sampler and the resource come from the standard OTEL_* variables; OTEL_SERVICE_NAME
 * defaults to the app's name. Only traces: metrics stay with /metrics and logs with pino. The SDK
 * is loaded with require() (synchronous, so that it is in place before the next import runs).
 * @returns whether the SDK was started
 */
export function startTracing(app: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (started || !tracingRequested(env)) return false;
  started = true;
  env.OTEL_SERVICE_NAME ||= app;
  // The SDK would otherwise start OTLP metric and log exporters as well.
  env.OTEL_METRICS_EXPORTER ||= 'none';
  env.OTEL_LOGS_EXPORTER ||= 'none';
  const require = createRequire(import.meta.url);
  const { NodeSDK } = require('@opentelemetry/sdk-node') as NodeSdkModule;
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as HttpInstrumentationModule;
  const { MySQL2Instrumentation } =
    require('@opentelemetry/instrumentation-mysql2') as MySql2InstrumentationModule;
  const sdk = new NodeSDK({
    sampler: new EntrySpansSampler(samplerFromEnv(env)),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) =>
          UNTRACED_PATHS.test(request.url ?? ''),
        // Outgoing HTTP (payment providers, SMS, JWKS) only inside a trace.
        requireParentforOutgoingSpans: true,
      }),
      new MySQL2Instrumentation(),
    ],
  });
  sdk.start();
  // Spans still buffered go out before the process ends (the apps end with exit 0 after a graceful stop).
  const flush = () => void sdk.shutdown().catch(() => undefined);
  process.once('beforeExit', flush);
  return true;
}
