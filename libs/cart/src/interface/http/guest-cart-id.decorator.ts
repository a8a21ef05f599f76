import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest as Request } from 'fastify';

const headerValue = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<Request>().headers['x-cart-id'];
    // The use case checks the form (400 naming X-Cart-Id); a repeated header arrives joined.
    return typeof value === 'string' ? value : undefined;
  },
);

/** The optional `X-Cart-Id` request header (a guest cart), documented once. */
export function GuestCartId(): ParameterDecorator {
  return (target, method, index) => {
    headerValue()(target, method, index);
    if (method === undefined) return;
    ApiHeader({
      name: 'X-Cart-Id',
      required: false,
      description:
        'A guest cart (without an access token): the cart_id the first add answered. ' +
        "Ignored with an access token, whose buyer's cart it is.",
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{24}$' },
    })(target, method, Object.getOwnPropertyDescriptor(target, method)!);
  };
}
