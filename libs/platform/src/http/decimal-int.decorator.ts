import { Transform } from 'class-transformer';

/** Plain decimal digits, no sign, no leading zero: what an id or a page number is written as. */
export const DECIMAL = /^(0|[1-9]\d{0,15})$/;

/**
 * Turns a query or path string into a number only when it is written in plain decimal digits.
 * `@Type(() => Number)` would take `0x10`, `+5`, ` 5`, `05` and `1e3` for numbers; these stay
 * strings here, so the field's @IsInt refuses them with 400 naming the field.
 */
export function DecimalInt(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value,
  );
}
