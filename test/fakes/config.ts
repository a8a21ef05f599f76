import type { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../../libs/platform/src/config/config.schema.js';

/**
 * A ConfigService that answers only the keys given (any other is a mistake in the spec). `C` is
 * the config the code under test reads: the platform's AppConfig and its contexts' fragments.
 */
export function fakeConfig<C extends object = AppConfig>(
  values: Partial<C>,
): ConfigService<C, true> {
  return {
    get: (key: keyof C) => {
      if (!(key in values)) throw new Error(`unexpected config key ${String(key)}`);
      return values[key];
    },
  } as unknown as ConfigService<C, true>;
}
