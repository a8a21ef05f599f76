import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import { unavailable } from './needs.js';

/** A database an e2e suite owns for its run: created fresh, dropped by `drop`. */
export interface TestDatabase {
  kind: 'sqlite' | 'mariadb';
  url: string;
  /** Runs one statement on its own connection (tests use it to arrange what no route does). */
  execute(sql: string, parameters?: unknown[]): Promise<void>;
  /** Reads rows on its own connection. */
  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

const MYSQL_SERVER = process.env.E2E_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'nestmall-e2e-'));
  const file = join(dir, 'nestmall.sqlite');
  return {
    kind: 'sqlite',
    url: `sqlite:${file}`,
    execute: async (sql, parameters = []) => {
      const db = new Database(file);
      try {
        db.pragma('busy_timeout = 5000');
        db.prepare(sql).run(...parameters);
      } finally {
        db.close();
      }
    },
    query: async <T>(sql: string, parameters: unknown[] = []) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(sql).all(...parameters) as T[];
      } finally {
        db.close();
      }
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh database (named `<prefix>_<pid>_<random>`) on the MariaDB of the development machine (ARCHITECTURE.md, last section).
 * Where none answers, a local run says so and returns null (the suite is skipped);
 * in CI (CI=true) that is a failure instead.
 */
export async function mariadbDatabase(prefix: string): Promise<TestDatabase | null> {
  let connection;
  try {
    connection = await createConnection({ uri: MYSQL_SERVER, connectTimeout: 3000 });
  } catch (error) {
    const why = `MariaDB is not reachable at ${MYSQL_SERVER} (${(error as Error).message})`;
    unavailable('the MariaDB e2e suite', `${why}; set E2E_MYSQL_URL to point at one`, error);
    return null;
  }
  const name = `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await connection.query(
    `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await connection.end();
  const url = `${MYSQL_SERVER.replace(/\/$/, '')}/${name}`;
  return {
    kind: 'mariadb',
    url,
    execute: async (sql, parameters = []) => {
      const c = await createConnection({ uri: url });
      try {
        await c.query(sql, parameters);
      } finally {
        await c.end();
      }
    },
    query: async <T>(sql: string, parameters: unknown[] = []) => {
      const c = await createConnection({ uri: url });
      try {
        return (await c.query(sql, parameters))[0] as T[];
      } finally {
        await c.end();
      }
    },
    drop: async () => {
      if (process.env.E2E_KEEP_DATABASES === 'true') return console.warn(`kept database ${name}`);
      const c = await createConnection({ uri: MYSQL_SERVER });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
