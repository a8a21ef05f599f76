import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest as Request } from 'fastify';

/**
 * The bearer token of a request JwtAuthGuard let through, to hand on to a service that checks
 * it itself. A param decorator rather than @Headers, which would document the header as an
 * input of the route.
 */
export const AccessToken = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
  return header.slice(header.indexOf(' ') + 1);
});
