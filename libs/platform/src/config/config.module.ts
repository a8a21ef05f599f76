import type { DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateConfig } from './config.schema.js';

/**
 * Global, validated configuration: `.env` (if present) under the process environment.
 * A function, not a constant, so the environment is read when an app is composed (tests set it
 * per app), not when this file is first imported.
 */
export function appConfigModule(): Promise<DynamicModule> {
  return ConfigModule.forRoot({
    isGlobal: true,
    cache: true,
    envFilePath: ['.env'],
    validate: validateConfig,
  });
}
