import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ParameterlessLogger } from './parameterless-logger.js';
import { redactUrl } from './redact-url.js';
import type { DataSourceOptions, MixedList } from 'typeorm';
import type { BaseDataSourceOptions } from 'typeorm/data-source/BaseDataSourceOptions.js';

export { redactUrl };

export type DatabaseKind = 'sqlite' | 'mysql';

export interface DatabaseTarget {
  kind: DatabaseKind;
  /** sqlite: a file path or ':memory:'; mysql: the URL as given. */
  location: string;
}

/** Reads DATABASE_URL: `sqlite:<file>`, `sqlite::memory:`, or `mysql://user:pass@host:port/db`. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', location: url.slice('sqlite:'.length) };
  if (url.startsWith('mysql://')) return { kind: 'mysql', location: url };
  if (url.startsWith('mariadb://')) {
    return { kind: 'mysql', location: 'mysql://' + url.slice('mariadb://'.length) };
  }
  throw new Error(`DATABASE_URL: unsupported scheme in ${redactUrl(url)}`);
}

export interface DatabaseOptionsInput {
  url: string;
  /** Read replicas (DATABASE_READ_URLS): MySQL/MariaDB only. */
  readUrls?: readonly string[];
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  logging?: boolean;
  /** Run the pending migrations when the connection opens (MIGRATIONS=run|only); default true. */
  migrationsRun?: boolean;
}

/**
 * TypeORM options for either engine. The schema comes only from migrations, run at start;
 * `synchronize` stays off. Timestamps are stored and read as UTC.
 */
export function databaseOptions(input: DatabaseOptionsInput): DataSourceOptions {
  const target = parseDatabaseUrl(input.url);
  const common = {
    entities: input.entities,
    migrations: input.migrations,
    migrationsRun: input.migrationsRun ?? true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logger: new ParameterlessLogger(input.logging ?? false),
    logging: true,
  } satisfies Partial<BaseDataSourceOptions>;
  const readUrls = input.readUrls ?? [];
  if (target.kind === 'sqlite') {
    if (readUrls.length > 0)
      throw new Error('DATABASE_READ_URLS needs a MySQL/MariaDB DATABASE_URL, not SQLite');
    if (target.location !== ':memory:')
      mkdirSync(dirname(resolve(target.location)), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.location,
      // WAL lets readers run beside the single writer; the busy timeout waits instead of failing.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  const connection = { url: target.location };
  return {
    ...common,
    type: 'mysql',
    ...(readUrls.length > 0
      ? {
          replication: {
            master: connection,
            slaves: readUrls.map((url) => ({ url: parseDatabaseUrl(url).location })),
            // Only ReplicaReads asks for a replica; every other SELECT reads the primary.
            defaultMode: 'master' as const,
            // mysql2's PoolCluster: a replica failing 3 times in a row is set aside for 5 s.
            removeNodeErrorCount: 3,
            restoreNodeTimeout: 5000,
          },
        }
      : connection),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: false,
    extra: { connectionLimit: 10 },
  };
}
