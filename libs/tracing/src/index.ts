/**
 * Imported first by every app's main.ts: starts OpenTelemetry tracing when OTEL_TRACES_EXPORTER
 * asks for it (docs/operations.md, "Traces"), before anything it instruments is loaded; loads
 * nothing of the SDK otherwise. The spans of our own transports (gRPC, the outbox, RabbitMQ) are
 * made by libs/platform and libs/messaging through @opentelemetry/api.
 */
import { appNameOf, startTracing } from './start-tracing.js';

startTracing(appNameOf(process.argv[1]));

export { appNameOf, startTracing, tracingRequested } from './start-tracing.js';
export { EntrySpansSampler, samplerFromEnv } from './sampler.js';
