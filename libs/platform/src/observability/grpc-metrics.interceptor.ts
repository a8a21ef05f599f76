import { performance } from 'node:perf_hooks';
import { status as GrpcStatus } from '@grpc/grpc-js';
import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';
import { grpcStatusOf } from '../errors/error-mapping.js';
import { catchError, tap, throwError, type Observable } from 'rxjs';
import { grpcMethodOf } from '../logging/grpc-request-context.interceptor.js';
import { Metrics } from './metrics.js';

/**
 * Counts and times every gRPC call this app serves, by method (/package.Service/Method) and the
 * status it ends with (OK, NOT_FOUND, ...): the same mapping the exception filter applies.
 */
@Injectable()
export class GrpcMetricsInterceptor implements NestInterceptor {
  private readonly calls;
  private readonly duration;

  constructor(metrics: Metrics) {
    this.calls = metrics.counter({
      name: 'nestmall_grpc_server_calls_total',
      help: 'gRPC calls served, by method and status code',
      labelNames: ['method', 'code'],
    });
    this.duration = metrics.histogram({
      name: 'nestmall_grpc_server_call_duration_seconds',
      help: 'gRPC call duration, by method',
      labelNames: ['method'],
    });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const method = grpcMethodOf(context);
    const started = performance.now();
    const done = (code: number) => {
      this.calls.inc({ method, code: GrpcStatus[code] ?? String(code) });
      this.duration.observe({ method }, (performance.now() - started) / 1000);
    };
    return next.handle().pipe(
      tap({ complete: () => done(GrpcStatus.OK) }),
      catchError((error: unknown) => {
        done(codeOf(error));
        return throwError(() => error);
      }),
    );
  }
}

function codeOf(error: unknown): number {
  if (error instanceof DomainError) return grpcStatusOf(error.code);
  const inner = (error as { getError?: () => unknown })?.getError?.() ?? error;
  const code = (inner as { code?: unknown })?.code;
  return typeof code === 'number' ? code : GrpcStatus.INTERNAL;
}
