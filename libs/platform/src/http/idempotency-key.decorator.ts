import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest as Request } from 'fastify';

const MAX_LENGTH = 64;
const PATTERN = `^[A-Za-z0-9_.:-]{1,${MAX_LENGTH}}$`;
const RULE = `1 to ${MAX_LENGTH} of A-Z a-z 0-9 _ . : -`;
const KEY = new RegExp(PATTERN);

const headerValue = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
    if (value === undefined) return undefined;
    // Node joins a repeated header with ", ", which the pattern refuses too.
    if (typeof value !== 'string' || !KEY.test(value)) {
      throw new BadRequestException(`Idempotency-Key must be ${RULE}`);
    }
    return value;
  },
);

/**
 * The optional `Idempotency-Key` request header, checked (400 naming the header) and documented
 * once. `@Headers('idempotency-key')` would be documented a second time, as a required parameter,
 * which made Swagger UI refuse to send a request without a key.
 */
export function IdempotencyKey(): ParameterDecorator {
  return (target, method, index) => {
    headerValue()(target, method, index);
    if (method === undefined) return;
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: `${RULE}. The same key again (same user) answers the first result, never a second one.`,
      schema: { type: 'string', pattern: PATTERN, maxLength: MAX_LENGTH },
    })(target, method, Object.getOwnPropertyDescriptor(target, method)!);
  };
}
