import type { Metadata } from '@grpc/grpc-js';
import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { context as otelContext, SpanKind, trace } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import { contextOfHeaders, failSpan, tracer } from '../tracing/traces.js';
import { inRequestContext, requestContextOf } from './request-context.js';

/**
 * Serves each gRPC call inside the RequestContext its caller sent (`x-request-id` and
 * `traceparent` metadata, which GrpcReplicaPool adds), so a request keeps one id and one trace id
 * in the logs of every app it crosses. With tracing on, the call is a SERVER span, child of the
 * caller's span (W3C trace context in the metadata).
 */
@Injectable()
export class GrpcRequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const metadata = context.getArgByIndex<Metadata | undefined>(1);
    const first = (key: string) => metadata?.get?.(key)?.[0];
    const method = grpcMethodOf(context);
    const parent = contextOfHeaders(metadata?.getMap?.());
    const span = tracer().startSpan(
      method.replace(/^\//, ''),
      {
        kind: SpanKind.SERVER,
        attributes: { 'rpc.system': 'grpc', 'rpc.method': method.replace(/^\//, '') },
      },
      parent,
    );
    const active = trace.setSpan(parent, span);
    let ended = false;
    const end = (error?: unknown) => {
      if (ended) return;
      ended = true;
      if (error !== undefined) failSpan(span, error);
      span.end();
    };
    return new Observable((subscriber) => {
      const subscription = otelContext.with(active, () => {
        const request = requestContextOf(first('x-request-id'), first('traceparent'));
        return inRequestContext(request, () =>
          next.handle().subscribe({
            next: (value) => subscriber.next(value),
            error: (error: unknown) => {
              end(error);
              subscriber.error(error);
            },
            complete: () => {
              end();
              subscriber.complete();
            },
          }),
        );
      });
      return () => {
        subscription.unsubscribe();
        end();
      };
    });
  }
}

/** `/package.Service/Method` of the call being served. */
export function grpcMethodOf(context: ExecutionContext): string {
  const call = context.getArgByIndex<{ getPath?: () => string } | undefined>(2);
  const path = call?.getPath?.();
  if (path) return path;
  return `${context.getClass().name}/${context.getHandler().name}`;
}
