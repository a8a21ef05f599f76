import type { DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import type { ConfigFragment } from './config-fragment.js';
import { validateConfig } from './config.schema.js';

/**
 * Global, validated configuration: `.env` (if present) under the process environment.
 * A function, not a constant, so the environment is read when an app is composed (tests set it
 * per app), not when this file is first imported. `fragments` are the config fragments of the
 * contexts the app composes; `appDefaults` are an app's own defaults, under the environment (the
 * user service, say, defaults to its own database file).
 */
export function appConfigModule(
  fragments: readonly ConfigFragment[],
  appDefaults: Record<string, string> = {},
): Promise<DynamicModule> {
  return ConfigModule.forRoot({
    isGlobal: true,
    cache: true,
    envFilePath: ['.env'],
    validate: (env) => validateConfig(env, appDefaults, fragments),
  });
}
