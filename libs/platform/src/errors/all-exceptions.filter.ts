import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
import type { Request, Response } from 'express';
import { throwError, type Observable } from 'rxjs';
import { DomainError, TooManyRequestsError } from './domain-error.js';
import {
  DOMAIN_ERROR_METADATA,
  grpcStatusOf,
  httpStatusOf,
  RETRY_AFTER_METADATA,
} from './error-mapping.js';
import { errorBody, redactQuery, type ErrorBody } from './error-body.js';

/**
 * The one exception filter of every app, for HTTP and gRPC handlers alike (hybrid apps connect
 * their microservices with inheritAppConfig so it applies there too). Domain errors are mapped by
 * error-mapping.ts; anything unexpected is logged here and answered as a bare 500 / INTERNAL.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    if (host.getType() === 'rpc') return this.toRpc(exception);
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = this.toHttp(exception, request.originalUrl ?? request.url);
    if (exception instanceof TooManyRequestsError)
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    response.status(body.status).json(body);
  }

  private toHttp(exception: unknown, path: string): ErrorBody {
    if (exception instanceof DomainError) {
      return errorBody(httpStatusOf(exception.code), exception.message, path);
    }
    if (exception instanceof HttpException) {
      // Nest's "Cannot GET <url>" repeats the query: redacted as the path is.
      const message = messageOf(exception).replaceAll(path, redactQuery(path));
      return errorBody(exception.getStatus(), message, path);
    }
    this.logger.error(describe(exception), (exception as Error)?.stack);
    return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'internal server error', path);
  }

  private toRpc(exception: unknown): Observable<never> {
    if (exception instanceof DomainError) {
      const metadata = new Metadata();
      metadata.set(DOMAIN_ERROR_METADATA, '1');
      if (exception instanceof TooManyRequestsError)
        metadata.set(RETRY_AFTER_METADATA, String(exception.retryAfterSeconds));
      return throwError(() => ({
        code: grpcStatusOf(exception.code),
        message: grpcDetails(exception.message),
        metadata,
      }));
    }
    if (exception instanceof HttpException) {
      const code = exception.getStatus() < 500 ? GrpcStatus.INVALID_ARGUMENT : GrpcStatus.INTERNAL;
      return throwError(() => ({ code, message: grpcDetails(messageOf(exception)) }));
    }
    // RpcException and errors already carrying a gRPC status pass through unchanged.
    const maybe = (exception as { getError?: () => unknown })?.getError?.() ?? exception;
    if (typeof (maybe as { code?: unknown })?.code === 'number') return throwError(() => maybe);
    this.logger.error(describe(exception), (exception as Error)?.stack);
    return throwError(() => ({ code: GrpcStatus.INTERNAL, message: 'internal error' }));
  }
}

/** A gRPC status message at most this long: it travels in a trailer, under a header size limit. */
export const MAX_GRPC_DETAILS = 1000;

/**
 * `message` cut to MAX_GRPC_DETAILS. Messages quote what was wrong, and a 200 kB value quoted
 * whole overflowed the trailer: the caller saw INTERNAL "Protocol error" for its own mistake.
 */
function grpcDetails(message: string): string {
  if (message.length <= MAX_GRPC_DETAILS) return message;
  return `${message.slice(0, MAX_GRPC_DETAILS - 15)}... (truncated)`;
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception);
}
