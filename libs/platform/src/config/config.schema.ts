import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const hostPort = z
  .string()
  .regex(/^[^\s:]+:\d{1,5}$/, 'expected host:port, for example 127.0.0.1:8001')
  .refine((v) => {
    const port = Number(v.slice(v.lastIndexOf(':') + 1));
    return port >= 1 && port <= 65535;
  }, 'port must be 1..65535');

const databaseUrl = z
  .string()
  .regex(
    /^(sqlite:.+|mysql:\/\/.+|mariadb:\/\/.+)$/,
    'expected sqlite:<file>, sqlite::memory:, or mysql://user:pass@host:port/db',
  );

/**
 * Every variable the code reads, with its default. `.env.example` documents the same list;
 * a bad value stops the start with a message naming the variable (see validateConfig).
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  GRPC_URL: hostPort.default('127.0.0.1:8001'),
  DATABASE_URL: databaseUrl.default('sqlite:./data/nestmall.sqlite'),
  DATABASE_LOGGING: bool.default(false),
  SEED_DEMO_DATA: bool.default(true),
  HTTP_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb or 1mb')
    .default('100kb'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_EXPIRES_IN: z.coerce.number().int().min(60).max(86_400 * 30).default(3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});

export type AppConfig = z.infer<typeof configSchema>;

export class InvalidConfigError extends Error {}

/** Parses the environment; throws naming each bad variable. Used by ConfigModule at boot. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  // An empty value means "unset" (as in a copied .env.example), so defaults still apply.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );
  throw new InvalidConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
