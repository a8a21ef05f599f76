import 'reflect-metadata';
import { BadRequestException, type ExecutionContext } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';
import { validationPipe } from './configure-http.js';
import { DecimalInt } from './decimal-int.decorator.js';
import { IdParam } from './id-param.decorator.js';

const MAX = 2_147_483_647;

/** The param DTO that IdParam replaces on the hot routes: same rules, same answers. */
class IdParams {
  @DecimalInt()
  @Min(1)
  @Max(MAX)
  @IsInt()
  id!: number;
}

class Controller {
  get(@IdParam('id', MAX) id: number) {
    return id;
  }
}

/** What Nest would pass the handler for `/x/:id` with the given path value. */
function idParam(value: string): number {
  const args = Reflect.getMetadata('__routeArguments__', Controller, 'get') as Record<
    string,
    { factory: (data: unknown, context: ExecutionContext) => number; data: unknown }
  >;
  const { factory, data } = Object.values(args)[0];
  const context = {
    switchToHttp: () => ({ getRequest: () => ({ params: { id: value } }) }),
  } as unknown as ExecutionContext;
  return factory(data, context);
}

async function outcome(run: () => unknown): Promise<unknown> {
  try {
    return { value: await run() };
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return { status: 400, body: (error as BadRequestException).getResponse() };
  }
}

describe('IdParam', () => {
  it.each([
    '5',
    '1',
    '2147483647',
    'abc',
    '0',
    '-1',
    '+5',
    '05',
    '0x10',
    '1e3',
    '1.5',
    ' 5',
    '',
    '2147483648',
    '99999999999',
    '9007199254740993',
    '99999999999999999999',
  ])('answers %p as the ValidationPipe with a param DTO does', async (value) => {
    const expected = await outcome(async () => {
      const params = (await validationPipe().transform(
        { id: value },
        { type: 'param', metatype: IdParams },
      )) as IdParams;
      return params.id;
    });
    expect(await outcome(() => idParam(value))).toEqual(expected);
  });

  it('documents the path parameter once, as the DTO did', () => {
    const params = Reflect.getMetadata(
      'swagger/apiParameters',
      Object.getOwnPropertyDescriptor(Controller.prototype, 'get')!.value as object,
    ) as unknown[];
    expect(params).toEqual([
      {
        name: 'id',
        in: 'path',
        required: true,
        schema: {
          type: 'integer',
          format: 'int32',
          minimum: 1,
          maximum: MAX,
          example: 5,
        },
      },
    ]);
  });
});
