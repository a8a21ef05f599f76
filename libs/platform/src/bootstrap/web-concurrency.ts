import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import type { ProcessLocalSetting } from '../config/config-fragment.js';
import { configSchema, InvalidConfigError } from '../config/config.schema.js';

/** How many processes serve an edge, and (for one) why no more. */
export interface WorkerCount {
  workers: number;
  /** Said once started when the default falls back to one process. */
  note?: string;
  /**
   * The note's level: `log` where more processes were within reach (a MySQL/MariaDB monolith
   * with a store still in memory), `debug` where one is expected (SQLite, the development
   * default, so that `npm start` prints what it did; or an edge with no database, the gateway,
   * whose banner stays short).
   */
  noteLevel?: 'log' | 'debug';
}

/** SQLite has one writer and its file is this machine's: one process. */
export const DATABASE_PROCESS_LOCAL: ProcessLocalSetting = {
  variable: 'DATABASE_URL',
  problem: (value) =>
    value === undefined || value.startsWith('sqlite:')
      ? 'DATABASE_URL is SQLite (one writer; use MySQL/MariaDB)'
      : undefined,
};

/** The platform's own process-local stores: abuse-limit counts and token revocations. */
export const PLATFORM_PROCESS_LOCAL: readonly ProcessLocalSetting[] = [
  {
    variable: 'THROTTLE_STORE',
    problem: (value) =>
      (value ?? 'memory') === 'memory' ? 'THROTTLE_STORE=memory (set redis)' : undefined,
  },
  {
    variable: 'AUTH_REVOCATIONS',
    problem: (value) =>
      (value ?? 'local') === 'local' ? 'AUTH_REVOCATIONS=local (set redis)' : undefined,
  },
];

/**
 * WEB_CONCURRENCY as the app will run it, from its settings (the environment over `.env` over the
 * app's defaults): an explicit value above 1 is refused (InvalidConfigError, one line naming the
 * offending settings) while any of `rules` keeps state in one process; unset, it is `cores` when
 * none does, else 1 with a note saying why. MIGRATIONS=only runs once, in one process.
 */
export function webConcurrency(
  settings: Readonly<Record<string, string | undefined>>,
  rules: readonly ProcessLocalSetting[],
  cores: number,
): WorkerCount {
  const raw = settings.WEB_CONCURRENCY;
  const parsed = configSchema.shape.WEB_CONCURRENCY.safeParse(raw);
  if (!parsed.success)
    throw new InvalidConfigError(
      `Invalid configuration: WEB_CONCURRENCY ${parsed.error.issues[0].message}, got ${JSON.stringify(raw)}`,
    );
  if (settings.MIGRATIONS === 'only') return { workers: 1 };
  const problems = rules.flatMap((rule) => rule.problem(settings[rule.variable]) ?? []);
  const explicit = parsed.data;
  if (explicit !== undefined) {
    if (explicit > 1 && problems.length > 0)
      throw new InvalidConfigError(
        `WEB_CONCURRENCY=${explicit} needs state shared between processes, but ${problems.join(', ')}; or set WEB_CONCURRENCY=1`,
      );
    return { workers: explicit };
  }
  if (problems.length === 0) return { workers: Math.max(1, cores) };
  const sqlite = DATABASE_PROCESS_LOCAL.problem(settings.DATABASE_URL) !== undefined;
  return {
    workers: 1,
    note: `one process (WEB_CONCURRENCY unset): ${problems.join(', ')}`,
    noteLevel: rules.includes(DATABASE_PROCESS_LOCAL) && !sqlite ? 'log' : 'debug',
  };
}

/**
 * The settings an app starts with, as its ConfigModule will see them: the environment (empty
 * values count as unset) over `.env` in the working directory over the app's defaults.
 */
export function startSettings(
  defaults: Readonly<Record<string, string>>,
  env: NodeJS.ProcessEnv = process.env,
  envFile = '.env',
): Record<string, string | undefined> {
  let fromFile: Record<string, string> = {};
  try {
    fromFile = parseEnv(readFileSync(envFile, 'utf8')) as Record<string, string>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const present = (values: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
  return { ...defaults, ...present(fromFile), ...present(env) };
}
