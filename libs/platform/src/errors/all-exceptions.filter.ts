import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { throwError, type Observable } from 'rxjs';
import { DomainError, TooManyRequestsError } from './domain-error.js';
import {
  DOMAIN_ERROR_METADATA,
  grpcStatusOf,
  httpStatusOf,
  RETRY_AFTER_METADATA,
} from './error-mapping.js';
import { errorBody, redactQuery, type ErrorBody } from './error-body.js';
import { JSON_BODIES_ONLY } from '../http/json-only.js';

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
    const request = http.getRequest<FastifyRequest>();
    const response = http.getResponse<FastifyReply>();
    const path = request.originalUrl ?? request.url;
    const body = edgeErrorOf(exception, request, path) ?? this.toHttp(exception, path);
    if (exception instanceof TooManyRequestsError)
      void response.header('Retry-After', String(exception.retryAfterSeconds));
    void response.status(body.status).send(body);
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

/**
 * What Fastify itself refuses before a route runs (its errors carry a 4xx `statusCode` and an
 * FST_ code): a body over the limit (413), a media type without a parser (415), a bad
 * Content-Length or URL (400). Answered in the one format, in the words the edge uses.
 */
function edgeErrorOf(exception: unknown, request: FastifyRequest, path: string) {
  const { code, statusCode } = (exception ?? {}) as { code?: unknown; statusCode?: unknown };
  // The client went away while its body was being read: nobody reads the answer.
  if (code === 'ECONNRESET') return errorBody(400, 'request aborted', path);
  // A body over the limit, however it arrives here (Fastify's FST_ERR_CTP_BODY_TOO_LARGE, or the
  // same turned into an HttpException on its way): the limit named, as the edge always said.
  const status = exception instanceof HttpException ? exception.getStatus() : statusCode;
  if (status === 413) {
    const limit = request.routeOptions?.bodyLimit ?? request.server?.initialConfig?.bodyLimit;
    return errorBody(
      413,
      limit
        ? `request body is larger than the limit of ${limit} bytes`
        : 'request body is larger than the limit',
      path,
    );
  }
  if (typeof code !== 'string' || !code.startsWith('FST_')) return undefined;
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return undefined;
  const message =
    code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? JSON_BODIES_ONLY : (exception as Error).message;
  return errorBody(statusCode, message, path);
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
