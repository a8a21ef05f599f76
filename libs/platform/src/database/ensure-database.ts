import { createConnection } from 'mysql2/promise';
import { StartupError } from '../errors/startup-error.js';
import { parseDatabaseUrl } from './database-options.js';

/**
 * Creates the MySQL/MariaDB database named in the URL when it does not exist yet, so a service
 * pointed at an empty server starts without a manual step. SQLite files are created on open.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const target = parseDatabaseUrl(url);
  if (target.kind !== 'mysql') return;
  const parsed = new URL(target.location);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new StartupError(
      `DATABASE_URL: the database name must be letters, digits or _ (got "${name}")`,
    );
  }
  parsed.pathname = '/';
  // A host that drops packets would otherwise hold the start for mysql2's default 10 s.
  const connection = await createConnection({ uri: parsed.toString(), connectTimeout: 5000 });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}
