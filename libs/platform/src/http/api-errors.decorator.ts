import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBody } from '../errors/error-body.js';

const DESCRIPTIONS: Partial<Record<HttpStatus, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Invalid input: the message names the field',
  [HttpStatus.UNAUTHORIZED]: 'Missing or invalid credentials',
  [HttpStatus.FORBIDDEN]: 'Not allowed (admin routes: off while ADMIN_TOKEN is unset)',
  [HttpStatus.NOT_FOUND]: 'No such resource',
  [HttpStatus.CONFLICT]: 'Conflicts with the current state',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Request body over the limit (HTTP_BODY_LIMIT)',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too many attempts: wait as long as Retry-After says',
  [HttpStatus.SERVICE_UNAVAILABLE]:
    'Split topology: a service this route needs is unreachable (the message names it)',
};

/**
 * Documents error answers in the one error format (ErrorBody). On a controller class it applies to
 * every route of the controller, beside what each route declares.
 */
export function ApiErrors(...statuses: HttpStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, type: ErrorBody, description: DESCRIPTIONS[status] ?? 'Error' }),
    ),
  );
}
