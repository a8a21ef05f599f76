import { z } from 'zod';

/**
 * The variables one context reads, each a zod schema with its default. A context exports its
 * fragment; an app passes the fragments of the contexts it composes to appConfigModule, so the
 * platform validates them without knowing any context by name.
 */
export type ConfigFragment = z.ZodRawShape;

/** The parsed values of a fragment, for `ConfigService<AppConfig & ConfigOf<typeof X>, true>`. */
export type ConfigOf<F extends ConfigFragment> = z.infer<z.ZodObject<F>>;

/** An integer in min..max, written in digits only ("1.5", "1e3", " 80" and "0x50" are refused). */
export function configInteger(min: number, max: number, what = 'an integer') {
  return z.coerce
    .string()
    .refine(
      (v) => /^\d{1,15}$/.test(v) && Number(v) >= min && Number(v) <= max,
      `must be ${what} ${min}..${max}`,
    )
    .transform(Number);
}

export const configBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/**
 * A setting under which a context keeps state in its own process (counts, codes, pushes): with
 * several processes serving one shop (WEB_CONCURRENCY) each would see only its own. A context
 * exports one per such setting; the app passes those of the contexts it hosts to runMain.
 */
export interface ProcessLocalSetting {
  readonly variable: string;
  /** What is wrong with `value` (undefined: unset) for several processes, or undefined if nothing. */
  problem(value: string | undefined): string | undefined;
}
