import { status as GrpcStatus } from '@grpc/grpc-js';
import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from './domain-error.js';

/** The one table from domain error codes to HTTP statuses and gRPC status codes. */
const MAPPING: Record<ErrorCode, { http: HttpStatus; grpc: GrpcStatus }> = {
  INVALID_ARGUMENT: { http: HttpStatus.BAD_REQUEST, grpc: GrpcStatus.INVALID_ARGUMENT },
  NOT_FOUND: { http: HttpStatus.NOT_FOUND, grpc: GrpcStatus.NOT_FOUND },
  ALREADY_EXISTS: { http: HttpStatus.CONFLICT, grpc: GrpcStatus.ALREADY_EXISTS },
  CONFLICT: { http: HttpStatus.CONFLICT, grpc: GrpcStatus.FAILED_PRECONDITION },
  UNAUTHENTICATED: { http: HttpStatus.UNAUTHORIZED, grpc: GrpcStatus.UNAUTHENTICATED },
  PERMISSION_DENIED: { http: HttpStatus.FORBIDDEN, grpc: GrpcStatus.PERMISSION_DENIED },
  UNAVAILABLE: { http: HttpStatus.SERVICE_UNAVAILABLE, grpc: GrpcStatus.UNAVAILABLE },
  RESOURCE_EXHAUSTED: { http: HttpStatus.TOO_MANY_REQUESTS, grpc: GrpcStatus.RESOURCE_EXHAUSTED },
  UNPROCESSABLE: { http: HttpStatus.UNPROCESSABLE_ENTITY, grpc: GrpcStatus.ABORTED },
  INTERNAL: { http: HttpStatus.INTERNAL_SERVER_ERROR, grpc: GrpcStatus.INTERNAL },
};

export function httpStatusOf(code: ErrorCode): HttpStatus {
  return MAPPING[code].http;
}

/**
 * Trailing metadata a nestmall gRPC server puts on the errors it answers itself (a domain
 * error, such as "InventoryService is unavailable" from a service whose own dependency is
 * down): the caller passes their message through instead of blaming the server it called.
 */
export const DOMAIN_ERROR_METADATA = 'x-nestmall-domain-error';

/** Trailing metadata of a RESOURCE_EXHAUSTED answer: seconds until a retry may succeed. */
export const RETRY_AFTER_METADATA = 'retry-after';

export function grpcStatusOf(code: ErrorCode): GrpcStatus {
  return MAPPING[code].grpc;
}

/** gRPC status -> domain code, for the gateway's clients (the reverse of the table above). */
export function errorCodeOfGrpcStatus(status: GrpcStatus): ErrorCode {
  switch (status) {
    case GrpcStatus.INVALID_ARGUMENT:
    case GrpcStatus.OUT_OF_RANGE:
      return 'INVALID_ARGUMENT';
    case GrpcStatus.NOT_FOUND:
      return 'NOT_FOUND';
    case GrpcStatus.ALREADY_EXISTS:
      return 'ALREADY_EXISTS';
    case GrpcStatus.FAILED_PRECONDITION:
      return 'CONFLICT';
    case GrpcStatus.ABORTED:
      return 'UNPROCESSABLE';
    case GrpcStatus.UNAUTHENTICATED:
      return 'UNAUTHENTICATED';
    case GrpcStatus.PERMISSION_DENIED:
      return 'PERMISSION_DENIED';
    case GrpcStatus.RESOURCE_EXHAUSTED:
      return 'RESOURCE_EXHAUSTED';
    case GrpcStatus.UNAVAILABLE:
    case GrpcStatus.DEADLINE_EXCEEDED:
      return 'UNAVAILABLE';
    default:
      return 'INTERNAL';
  }
}
