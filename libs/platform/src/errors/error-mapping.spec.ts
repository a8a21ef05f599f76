import { status as GrpcStatus } from '@grpc/grpc-js';
import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from './domain-error.js';
import { errorCodeOfGrpcStatus, grpcStatusOf, httpStatusOf } from './error-mapping.js';

/** What each code must become; a Record, so the compiler fails here when a code is added. */
const EXPECTED: Record<ErrorCode, { http: HttpStatus; grpc: GrpcStatus }> = {
  INVALID_ARGUMENT: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  NOT_FOUND: { http: 404, grpc: GrpcStatus.NOT_FOUND },
  ALREADY_EXISTS: { http: 409, grpc: GrpcStatus.ALREADY_EXISTS },
  CONFLICT: { http: 409, grpc: GrpcStatus.FAILED_PRECONDITION },
  UNAUTHENTICATED: { http: 401, grpc: GrpcStatus.UNAUTHENTICATED },
  PERMISSION_DENIED: { http: 403, grpc: GrpcStatus.PERMISSION_DENIED },
  UNAVAILABLE: { http: 503, grpc: GrpcStatus.UNAVAILABLE },
  RESOURCE_EXHAUSTED: { http: 429, grpc: GrpcStatus.RESOURCE_EXHAUSTED },
  UNPROCESSABLE: { http: 422, grpc: GrpcStatus.ABORTED },
  INTERNAL: { http: 500, grpc: GrpcStatus.INTERNAL },
};
const CODES = Object.keys(EXPECTED) as ErrorCode[];

describe('error mapping', () => {
  it.each(CODES)('maps %s to its HTTP status', (code) => {
    expect(httpStatusOf(code)).toBe(EXPECTED[code].http);
  });

  it.each(CODES)('maps %s to its gRPC status', (code) => {
    expect(grpcStatusOf(code)).toBe(EXPECTED[code].grpc);
  });

  it('answers an error status (4xx or 5xx) for every code, never OK', () => {
    for (const code of CODES) {
      expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
      expect(httpStatusOf(code)).toBeLessThan(600);
      expect(grpcStatusOf(code)).not.toBe(GrpcStatus.OK);
    }
  });

  it('gives each code its own gRPC status, so the gateway can tell them apart', () => {
    expect(new Set(CODES.map(grpcStatusOf)).size).toBe(CODES.length);
  });

  it.each(CODES)('errorCodeOfGrpcStatus turns the gRPC status of %s back into it', (code) => {
    expect(errorCodeOfGrpcStatus(grpcStatusOf(code))).toBe(code);
  });

  it.each([
    [GrpcStatus.OUT_OF_RANGE, 'INVALID_ARGUMENT'],
    [GrpcStatus.DEADLINE_EXCEEDED, 'UNAVAILABLE'],
    [GrpcStatus.UNKNOWN, 'INTERNAL'],
    [GrpcStatus.DATA_LOSS, 'INTERNAL'],
    [GrpcStatus.UNIMPLEMENTED, 'INTERNAL'],
  ])('errorCodeOfGrpcStatus reads the other status %p as %s', (status, code) => {
    expect(errorCodeOfGrpcStatus(status)).toBe(code);
  });
});
