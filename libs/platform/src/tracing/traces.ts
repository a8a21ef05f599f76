import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type SpanOptions,
  type TextMapGetter,
} from '@opentelemetry/api';

/**
 * Our own spans (gRPC client and server, outbox, publish, consume) through @opentelemetry/api:
 * with no SDK started (tracing off, the default) every call here is the API's no-op, and
 * `traceHeaders()` is empty. libs/tracing starts the SDK when OTEL_TRACES_EXPORTER asks.
 */
export function tracer() {
  return trace.getTracer('nestmall');
}

/** The trace id of the span active now, if tracing is on and one is. */
export function activeTraceId(active: Context = context.active()): string | undefined {
  const span = trace.getSpanContext(active);
  return span && isSpanContextValid(span) ? span.traceId : undefined;
}

/** The W3C trace context of `active` (`traceparent`, `tracestate`) as headers; {} when tracing is off. */
export function traceHeaders(active: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  return carrier;
}

/** Reads headers whose values may be strings, Buffers (AMQP) or arrays of them (gRPC metadata). */
const HEADER_GETTER: TextMapGetter<Record<string, unknown>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
    if (typeof first === 'string') return first;
    if (Buffer.isBuffer(first)) return first.toString();
    return undefined;
  },
};

/** The trace context carried by `headers` (W3C traceparent), as the parent of a new span. */
export function contextOfHeaders(headers: Record<string, unknown> | undefined | null): Context {
  return propagation.extract(ROOT_CONTEXT, headers ?? {}, HEADER_GETTER);
}

/**
 * Runs `fn` in a new span child of `parent` (the active context by default), ending it when `fn`
 * settles; a failure is recorded on the span (status ERROR) and rethrown.
 */
export async function inSpan<T>(
  name: string,
  options: SpanOptions,
  fn: (span: Span) => Promise<T>,
  parent: Context = context.active(),
): Promise<T> {
  const span = tracer().startSpan(name, options, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (error) {
    failSpan(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** Marks `span` failed with `error`. */
export function failSpan(span: Span, error: unknown): void {
  if (!span.isRecording()) return;
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.message : String(error),
  });
}

/**
 * Sends the spans still buffered (before the process exits on SIGTERM). No-op with tracing off.
 */
export async function flushTraces(): Promise<void> {
  const provider = trace.getTracerProvider() as { getDelegate?: () => unknown };
  const delegate = provider.getDelegate?.() as { forceFlush?: () => Promise<void> } | undefined;
  await delegate?.forceFlush?.().catch(() => undefined);
}
