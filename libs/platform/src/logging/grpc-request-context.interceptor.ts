import type { Metadata } from '@grpc/grpc-js';
import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Observable } from 'rxjs';
import { inRequestContext, requestContextOf } from './request-context.js';

/**
 * Serves each gRPC call inside the RequestContext its caller sent (`x-request-id` and
 * `traceparent` metadata, which GrpcReplicaPool adds), so a request keeps one id and one trace id
 * in the logs of every app it crosses.
 */
@Injectable()
export class GrpcRequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const metadata = context.getArgByIndex<Metadata | undefined>(1);
    const first = (key: string) => metadata?.get?.(key)?.[0];
    const request = requestContextOf(first('x-request-id'), first('traceparent'));
    return new Observable((subscriber) =>
      inRequestContext(request, () => next.handle().subscribe(subscriber)),
    );
  }
}
