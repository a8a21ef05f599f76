import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBody, errorBody } from '../errors/error-body.js';

/** What a documented error means, and an answer it may be (the example Swagger UI shows). */
interface DocumentedError {
  description: string;
  message: string;
  path: string;
}

const ERRORS: Partial<Record<HttpStatus, DocumentedError>> = {
  [HttpStatus.BAD_REQUEST]: {
    description: 'Invalid input: the message names the field',
    message: 'page_size must not be greater than 100',
    path: '/user/list?page_size=5000',
  },
  [HttpStatus.UNAUTHORIZED]: {
    description: 'Missing or invalid credentials',
    message: 'an access token is required: Authorization: Bearer <access_token>',
    path: '/orders',
  },
  [HttpStatus.FORBIDDEN]: {
    description: 'Not allowed (admin routes: off while ADMIN_TOKEN is unset)',
    message: 'admin routes are off: set ADMIN_TOKEN to enable them',
    path: '/admin/invariants',
  },
  [HttpStatus.NOT_FOUND]: {
    description: 'No such resource',
    message: 'order 42 not found',
    path: '/orders/42',
  },
  [HttpStatus.CONFLICT]: {
    description: 'Conflicts with the current state',
    message: 'not enough stock for T00100: 1 available, 2 wanted',
    path: '/orders',
  },
  [HttpStatus.UNPROCESSABLE_ENTITY]: {
    description: 'The Idempotency-Key was already used for a different request',
    message: 'Idempotency-Key first-order was used for a different order',
    path: '/orders',
  },
  [HttpStatus.PAYLOAD_TOO_LARGE]: {
    description: 'Request body over the limit (HTTP_BODY_LIMIT)',
    message: 'request body is larger than the limit of 102400 bytes',
    path: '/users',
  },
  [HttpStatus.TOO_MANY_REQUESTS]: {
    description: 'Too many attempts: wait as long as Retry-After says',
    message: 'too many attempts: try again after Retry-After seconds',
    path: '/auth/login',
  },
  [HttpStatus.SERVICE_UNAVAILABLE]: {
    description: 'Split topology: a service this route needs is unreachable (the message names it)',
    message: 'nestmall.order.v1.OrderService is unavailable',
    path: '/orders',
  },
};

/**
 * Documents error answers in the one error format (ErrorBody). On a controller class it applies to
 * every route of the controller, beside what each route declares.
 */
export function ApiErrors(...statuses: HttpStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => {
      const { description, message, path } = ERRORS[status] ?? {
        description: 'Error',
        message: 'error',
        path: '/',
      };
      const example = { ...errorBody(status, message, path), timestamp: EXAMPLE_TIME };
      return ApiResponse({ status, type: ErrorBody, description, example });
    }),
  );
}

// Fixed, so the document is the same every time it is built.
const EXAMPLE_TIME = '2026-11-25T07:00:00.000Z';
