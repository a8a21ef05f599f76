import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { FastifyRequest as Request } from 'fastify';
import { DECIMAL } from './decimal-int.decorator.js';

const INT32_MAX = 2_147_483_647;

interface IdRule {
  name: string;
  max: number;
}

const idValue = createParamDecorator(({ name, max }: IdRule, context: ExecutionContext): number => {
  const raw = context.switchToHttp().getRequest<Request<{ Params: Record<string, string> }>>()
    .params[name];
  // The rules and messages of a param DTO with @DecimalInt() @Min(1) @Max(max) @IsInt().
  if (typeof raw !== 'string' || !DECIMAL.test(raw)) {
    throw new BadRequestException([`${name} must be an integer number`]);
  }
  const id = Number(raw);
  if (id < 1) throw new BadRequestException([`${name} must not be less than 1`]);
  if (id > max) throw new BadRequestException([`${name} must not be greater than ${max}`]);
  return id;
});

/**
 * A positive integer id from the path (`/users/:id`), checked without the ValidationPipe's
 * class-transformer and class-validator round trip, which a param DTO costs on every request
 * (8 % of the read path's CPU in the rest-read profile, docs/performance.md). Same rules and the
 * same 400 as a param DTO with `@DecimalInt() @Min(1) @Max(max) @IsInt()`: plain decimal digits
 * (`0x10`, `+5`, `05`, `1e3` refused), 1 to `max`; documented once as a path parameter.
 *
 * A custom parameter decorator, not a pipe on `@Param('id')`: the global ValidationPipe turns a
 * number-typed path parameter into `+value` before a parameter's pipe sees it (`0x10` -> 16),
 * and it leaves custom parameters alone.
 */
export function IdParam(name: string, max: number): ParameterDecorator {
  return (target, method, index) => {
    idValue({ name, max } satisfies IdRule)(target, method, index);
    if (method === undefined) return;
    ApiParam({
      name,
      required: true,
      schema: {
        type: 'integer',
        format: max <= INT32_MAX ? 'int32' : 'int64',
        minimum: 1,
        maximum: max,
        example: 5,
      },
    })(target, method, Object.getOwnPropertyDescriptor(target, method)!);
  };
}
