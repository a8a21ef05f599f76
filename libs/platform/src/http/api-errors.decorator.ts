import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBody } from '../errors/error-body.js';

const DESCRIPTIONS: Partial<Record<HttpStatus, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Invalid input: the message names the field',
  [HttpStatus.UNAUTHORIZED]: 'Missing or invalid credentials',
  [HttpStatus.NOT_FOUND]: 'No such resource',
  [HttpStatus.CONFLICT]: 'Conflicts with the current state',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'The Idempotency-Key was already used for a different request',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Request body over the limit (HTTP_BODY_LIMIT)',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too many attempts: Retry-After says when to try again',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'A service this route needs is unavailable',
};

/** Documents error answers in the one error format (ErrorBody). */
export function ApiErrors(...statuses: HttpStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, type: ErrorBody, description: DESCRIPTIONS[status] ?? 'Error' }),
    ),
  );
}
