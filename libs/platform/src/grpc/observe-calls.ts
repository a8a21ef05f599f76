import { performance } from 'node:perf_hooks';
import {
  ResponderBuilder,
  ServerInterceptingCall,
  ServerListenerBuilder,
  status as GrpcStatus,
  type Metadata,
  type ServerInterceptor,
  type StatusObject,
} from '@grpc/grpc-js';
import {
  context as otelContext,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
} from '@opentelemetry/api';
import { inRequestContext, requestContextOf } from '../logging/request-context.js';
import type { Metrics } from '../observability/metrics.js';
import { contextOfHeaders, tracer } from '../tracing/traces.js';

/**
 * Observes every call a gRPC server serves, in grpc-js below Nest (as the HTTP edge does in
 * Fastify's hooks), so a call pays for no Nest interceptor:
 *
 * - the call is served inside the RequestContext its caller sent (`x-request-id` and
 *   `traceparent` metadata, which GrpcReplicaPool adds), so a request keeps one id and one trace
 *   id in the logs of every app it crosses; with tracing on, it is a SERVER span, child of the
 *   caller's span (W3C trace context in the metadata);
 * - it is counted and timed by method (/package.Service/Method) and the status it ended with
 *   (OK, NOT_FOUND, ...), as sent: the code the exception filter chose, or INVALID_ARGUMENT for a
 *   request refused before any handler (malformed-request.ts), or CANCELLED.
 *
 * First in the server's interceptors: it sees the call's events before the others and every
 * status they send.
 */
export function observeGrpcCalls(metrics?: Metrics): ServerInterceptor {
  const calls = metrics?.counter({
    name: 'nestmall_grpc_server_calls_total',
    help: 'gRPC calls served, by method and status code',
    labelNames: ['method', 'code'],
  });
  const duration = metrics?.histogram({
    name: 'nestmall_grpc_server_call_duration_seconds',
    help: 'gRPC call duration, by method',
    labelNames: ['method'],
  });
  return (definition, call) => {
    const method = definition.path;
    const started = performance.now();
    let span: Span | undefined;
    let inContext = <T>(fn: () => T): T => fn();
    let ended = false;
    const end = (status: Pick<StatusObject, 'code'> & { details?: string }) => {
      if (ended) return;
      ended = true;
      calls?.inc({ method, code: GrpcStatus[status.code] ?? String(status.code) });
      duration?.observe({ method }, (performance.now() - started) / 1000);
      if (!span) return;
      if (status.code !== GrpcStatus.OK)
        span.setStatus({ code: SpanStatusCode.ERROR, message: status.details ?? '' });
      span.setAttribute('rpc.grpc.status_code', status.code);
      span.end();
    };
    const responder = new ResponderBuilder()
      .withStart((next) => {
        const listener = new ServerListenerBuilder()
          .withOnReceiveMetadata((metadata, pass) => {
            inContext = contextOf(method, metadata, (started) => (span = started));
            inContext(() => pass(metadata));
          })
          .withOnReceiveMessage((message, pass) => inContext(() => pass(message)))
          .withOnReceiveHalfClose((pass) => inContext(pass))
          .withOnCancel(() => end({ code: GrpcStatus.CANCELLED, details: 'cancelled' }))
          .build();
        next(listener);
      })
      .withSendStatus((status, next) => {
        end(status);
        next(status);
      })
      .build();
    return new ServerInterceptingCall(call, responder);
  };
}

/**
 * The context a call is served in, from its metadata: a function that runs code inside it (the
 * call's span active, its RequestContext current).
 */
function contextOf(
  method: string,
  metadata: Metadata,
  onSpan: (span: Span) => void,
): <T>(fn: () => T) => T {
  const parent = contextOfHeaders(metadata.getMap());
  const name = method.replace(/^\//, '');
  const span = tracer().startSpan(
    name,
    { kind: SpanKind.SERVER, attributes: { 'rpc.system': 'grpc', 'rpc.method': name } },
    parent,
  );
  onSpan(span);
  const active = trace.setSpan(parent, span);
  const first = (key: string) => metadata.get(key)[0];
  const request = otelContext.with(active, () =>
    requestContextOf(first('x-request-id'), first('traceparent')),
  );
  return (fn) => otelContext.with(active, () => inRequestContext(request, fn));
}
