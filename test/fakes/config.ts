import type { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../../libs/platform/src/config/config.schema.js';

/** A ConfigService that answers only the keys given (any other is a mistake in the spec). */
export function fakeConfig(values: Partial<AppConfig>): ConfigService<AppConfig, true> {
  return {
    get: (key: keyof AppConfig) => {
      if (!(key in values)) throw new Error(`unexpected config key ${key}`);
      return values[key];
    },
  } as unknown as ConfigService<AppConfig, true>;
}
