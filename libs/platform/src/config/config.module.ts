import { ConfigModule } from '@nestjs/config';
import { validateConfig } from './config.schema.js';

/** Global, validated configuration: `.env` (if present) under the process environment. */
export const AppConfigModule = ConfigModule.forRoot({
  isGlobal: true,
  cache: true,
  envFilePath: ['.env'],
  validate: validateConfig,
});
