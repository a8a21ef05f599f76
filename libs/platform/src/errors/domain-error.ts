/**
 * What went wrong, in terms every transport understands. Use cases throw DomainError;
 * error-mapping.ts turns the code into an HTTP status or a gRPC status code, in one place.
 */
export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'UNAVAILABLE'
  | 'RESOURCE_EXHAUSTED'
  | 'UNPROCESSABLE'
  | 'INTERNAL';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidArgumentError extends DomainError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class AlreadyExistsError extends DomainError {
  constructor(message: string) {
    super('ALREADY_EXISTS', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class PermissionDeniedError extends DomainError {
  constructor(message: string) {
    super('PERMISSION_DENIED', message);
  }
}

/** Well-formed, but in conflict with what the same request key meant before (HTTP 422). */
export class UnprocessableError extends DomainError {
  constructor(message: string) {
    super('UNPROCESSABLE', message);
  }
}

/** Too many attempts: the caller may try again after `retryAfterSeconds` (HTTP Retry-After). */
export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RESOURCE_EXHAUSTED', message);
  }
}
