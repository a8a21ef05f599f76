import { z } from 'zod';
import { redactUrl } from '../database/redact-url.js';
import { StartupError } from '../errors/startup-error.js';
import { BALANCING_POLICIES, parseReplicaAddresses } from '../grpc/balancer.js';
import {
  configBoolean as bool,
  configInteger as integer,
  type ConfigFragment,
} from './config-fragment.js';

const hostPort = z
  .string()
  .regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port, for example 127.0.0.1:8001')
  .refine((v) => {
    const port = Number(v.slice(v.lastIndexOf(':') + 1));
    return port >= 1 && port <= 65535;
  }, 'must have a port number 1..65535');

const databaseUrl = z
  .string()
  .regex(
    /^(sqlite:.+|mysql:\/\/.+|mariadb:\/\/.+)$/,
    'must be sqlite:<file>, sqlite::memory:, or mysql://user:pass@host:port/db',
  );

const replicaList = z.string().superRefine((value, ctx) => {
  try {
    parseReplicaAddresses(value);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `must be host:port[@weight],... or dns:///host:port (${(error as Error).message})`,
    });
  }
});

/**
 * The variables the platform's own modules read (server, database, gRPC, TLS, auth, throttling,
 * logging), with their defaults. Each context adds its own in a ConfigFragment; `.env.example`
 * documents all of them. A bad value stops the start with a message naming the variable.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: integer(1, 65535, 'a port number').default(3000),
  GRPC_URL: hostPort.default('127.0.0.1:8001'),
  // Mutual TLS on every gRPC server and channel (on), or plaintext with nobody authenticated (off,
  // for local development only: the app warns at start).
  GRPC_TLS: z.enum(['on', 'off']).default('on'),
  // The CA certificate (ca.crt) and each app's <app>.crt and <app>.key; with ca.key there too,
  // missing or expiring app certificates are made at start (npm run certs:dev makes them all).
  GRPC_TLS_DIR: z.string().min(1).default('./data/tls'),
  // How often servers and channels read those files again (a renewed certificate, a new CA bundle).
  GRPC_TLS_RELOAD_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  DATABASE_URL: databaseUrl.default('sqlite:./data/nestmall.sqlite'),
  DATABASE_LOGGING: bool.default(false),
  // Read replicas of DATABASE_URL (MySQL/MariaDB), comma-separated: reads that may lag go there
  // (ReplicaReads), everything else to the primary. Empty: no replicas.
  DATABASE_READ_URLS: z
    .string()
    .regex(
      /^((mysql|mariadb):\/\/[^,\s]+)(,(mysql|mariadb):\/\/[^,\s]+)*$/,
      'must be mysql://user:pass@host:port/db URLs, comma-separated',
    )
    .optional(),
  // run: at start (one machine); skip: a Job ran them (Kubernetes replicas); only: run, then exit.
  MIGRATIONS: z.enum(['run', 'skip', 'only']).default('run'),
  SEED_DEMO_DATA: bool.default(true),
  HTTP_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb')
    .default('100kb'),
  // Slow clients are cut off (408) when their headers, or the whole request, take longer.
  HTTP_HEADERS_TIMEOUT_MS: integer(500, 300_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: integer(500, 600_000).default(30_000),
  // The proxies in front of the edge whose X-Forwarded-For names the client (the address the
  // abuse limits count): a number of hops, or loopback / uniquelocal / CIDRs, comma-separated.
  // Unset: none, the peer's address is the client's (a forged header changes nothing).
  TRUST_PROXY: z
    .string()
    .regex(
      /^(\d{1,2}|[A-Za-z0-9.:/]+(,\s*[A-Za-z0-9.:/]+)*)$/,
      'expected 1, or loopback,10.0.0.0/8',
    )
    .optional(),
  // Origins whose pages may call the API from a browser (CORS), comma-separated; unset: none.
  CORS_ORIGINS: z
    .string()
    .regex(
      /^https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*$/,
      'expected origins such as https://shop.example,http://localhost:5173',
    )
    .optional(),
  // The Swagger UI at /docs: on, or off; unset: on, except with NODE_ENV=production.
  SWAGGER: z.enum(['on', 'off']).optional(),
  // The issuer's (monolith, user-service) directory of Ed25519 signing keys (private JWKs, one a
  // file; `npm run keys:rotate` adds one; a first one is made when none). Unset: ./data/jwt-keys.
  JWT_KEYS_DIR: z.string().min(1).optional(),
  // Refresh token lifetime in seconds (1 hour .. 90 days): a session lasts this long unused.
  REFRESH_TOKEN_EXPIRES_IN: integer(3600, 86_400 * 90, 'a number of seconds').default(86_400 * 30),
  // How long a verifier trusts its answer to "does this token's user still exist" (0: ask every time).
  AUTH_USER_CACHE_MS: integer(0, 60_000).default(1000),
  // How a revocation (account deleted, password changed) reaches every verifier before its request
  // answers: local (this process is the only one: the monolith) or redis (pub/sub on REDIS_URL:
  // every app of the split topology, its default there).
  AUTH_REVOCATIONS: z.enum(['local', 'redis']).default('local'),
  JWT_EXPIRES_IN: integer(60, 86_400 * 30, 'a number of seconds').default(3600),
  // How calls spread over a service's replicas, for every gRPC client pool.
  GRPC_LB: z.enum(BALANCING_POLICIES as [string, ...string[]]).default('round_robin'),
  GRPC_DEADLINE_MS: integer(50, 60_000).default(2000),
  GRPC_RETRIES: integer(0, 5).default(2),
  GRPC_MAX_CONNECTION_AGE_MS: integer(0, 86_400_000).default(0),
  // Admin routes (invariants, stuck transactions) need `X-Admin-Token: <ADMIN_TOKEN>`; unset: off.
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // The Redis that every Redis-backed choice uses (THROTTLE_STORE, CACHE, HOT_SKU_GATE).
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be redis://host:6379')
    .default('redis://127.0.0.1:6379'),
  // Prefix of every Redis key this app writes (<prefix>:stock:<sku>, <prefix>:cache:...).
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,60}$/, 'must be 1 to 60 of A-Z a-z 0-9 . _ : -')
    .default('nestmall'),
  // Abuse limits on log-in and registration (libs/platform/src/throttling): where their counts
  // live (memory: this process; redis: shared by every process on REDIS_URL), the attempts a
  // client address may make a minute on each route, and the failed log-ins an account may have
  // before each further one doubles its wait (1 s, 2 s, ... up to LOGIN_BACKOFF_MAX_SECONDS).
  THROTTLE_STORE: z.enum(['memory', 'redis']).default('memory'),
  AUTH_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  LOGIN_FAILURES_BEFORE_BACKOFF: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_BACKOFF_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  // text (coloured on a terminal, NO_COLOR / FORCE_COLOR honoured; `pretty` is the same) or json
  // (pino: one object a line, request and trace ids on each, secrets redacted).
  LOG_FORMAT: z.enum(['text', 'pretty', 'json']).default('text'),
  // One line per HTTP request on the REST edges (context "HTTP"), at LOG_LEVEL=log.
  ACCESS_LOG: z.enum(['on', 'off']).default('on'),
  // After SIGTERM: readiness turns false, the servers stop accepting and finish their in-flight
  // calls, consumers their messages; whatever still runs after this long is cut short (exit 1).
  SHUTDOWN_GRACE_MS: integer(1000, 600_000).default(20_000),
  // Worker processes of an HTTP edge (the monolith, the gateway) under node:cluster, sharing its
  // ports. Unset: one per core where every process-local store is shared (MySQL/MariaDB, Redis:
  // see docs/configuration.md), else 1. Above 1 with process-local state, the start is refused.
  WEB_CONCURRENCY: integer(1, 64, 'a number of processes').optional(),
  // The timers that sweep the database (TCC/XA recovery, unpaid orders, auto-receive, account
  // anonymisation): on, or off in a process that only serves requests. The cluster primary turns
  // them off in every worker but one.
  BACKGROUND_JOBS: z.enum(['on', 'off']).default('on'),
});

/**
 * `<NAME>_SERVICE_URL`: where an app that binds a context's gRPC adapter finds that context,
 * `host:port[@weight],...` for one or more replicas. The names come from libs/topology (each app
 * gets its defaults there), so this schema names no context.
 */
const SERVICE_URL_VARIABLE = /^[A-Z][A-Z0-9_]*_SERVICE_URL$/;

export type AppConfig = z.infer<typeof configSchema> & {
  [variable: `${string}_SERVICE_URL`]: string | undefined;
};

export class InvalidConfigError extends StartupError {}

/**
 * Parses the environment against the platform's schema and the fragments of the app's contexts;
 * throws naming each bad variable. Used by ConfigModule at boot.
 */
export function validateConfig(
  env: Record<string, unknown>,
  defaults: Record<string, string> = {},
  fragments: readonly ConfigFragment[] = [],
): AppConfig {
  // An empty value means "unset" (as in a copied .env.example), so defaults still apply.
  const present = {
    ...defaults,
    ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')),
  };
  const schema = configSchema.extend(Object.assign({}, ...fragments) as ConfigFragment);
  const result = schema.safeParse(present, { error: sayWhatIsExpected });
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name} ${issue.message}, got ${shown(name, present[name as keyof typeof present])}`;
      });
  const serviceUrls: Record<string, string> = {};
  for (const [variable, value] of Object.entries(present)) {
    if (!SERVICE_URL_VARIABLE.test(variable)) continue;
    const url = replicaList.safeParse(value);
    if (url.success) serviceUrls[variable] = url.data;
    else problems.push(`${variable} ${url.error.issues[0].message}, got ${shown(variable, value)}`);
  }
  if (result.success && problems.length === 0)
    return { ...(result.data as AppConfig), ...serviceUrls };
  throw new InvalidConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

/** The messages the schema does not set itself, in the same "must be ..." words. */
function sayWhatIsExpected(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_value')
    return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
  return undefined;
}

/** A bad value as the error shows it: secrets by their length only, URLs without a password. */
function shown(name: string, value: unknown): string {
  const text = String(value);
  if (/SECRET|TOKEN|PASSWORD/.test(name)) return `${text.length} characters`;
  return JSON.stringify(name.endsWith('_URL') ? redactUrl(text) : text);
}
