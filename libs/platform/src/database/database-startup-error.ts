import { StartupError } from '../errors/startup-error.js';
import { redactUrl } from './database-options.js';

/** Causes worth another try a second later (a server still starting); the rest fail at once. */
const TRANSIENT = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ER_CON_COUNT_ERROR',
]);

const SERVER =
  'Start the server, or set DATABASE_URL to one that answers (unset: the embedded SQLite file)';
const CREDENTIALS = 'Check the user name and password in DATABASE_URL';
const FOLDER = 'Set DATABASE_URL to sqlite:<a file in a writable folder>';

const REASONS: Record<string, [reason: string, advice: string]> = {
  ECONNREFUSED: ['nothing listens there', SERVER],
  ECONNRESET: ['the server closed the connection', SERVER],
  ETIMEDOUT: ['the server did not answer in time', SERVER],
  EHOSTUNREACH: ['the host is unreachable', SERVER],
  ENOTFOUND: ['the host name does not resolve', SERVER],
  EAI_AGAIN: ['the host name does not resolve (yet)', SERVER],
  ER_CON_COUNT_ERROR: ['the server has too many connections', SERVER],
  ER_ACCESS_DENIED_ERROR: ['access denied', CREDENTIALS],
  ER_ACCESS_DENIED_NO_PASSWORD_ERROR: ['access denied', CREDENTIALS],
  ER_DBACCESS_DENIED_ERROR: ['no access to that database', `${CREDENTIALS}, and the grants`],
  ENOTDIR: ['cannot create its folder, part of the path is a file', FOLDER],
  ENOENT: ['cannot create its folder', FOLDER],
  EACCES: ['permission denied', FOLDER],
  EPERM: ['permission denied', FOLDER],
  EROFS: ['the file system is read-only', FOLDER],
  SQLITE_CANTOPEN: ['cannot open or create the file (is its folder writable?)', FOLDER],
  SQLITE_READONLY: ['the file is read-only', FOLDER],
  SQLITE_NOTADB: ['the file is not an SQLite database', 'Point DATABASE_URL at another file'],
};

/** A failure to reach the database at start-up, said for people; `transient` may be retried. */
export class DatabaseStartupError extends StartupError {
  constructor(
    message: string,
    readonly transient: boolean,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

/**
 * What a connection failure means, naming DATABASE_URL (without its password) and what to do;
 * an error it does not know (a failing migration, say) is returned as it is.
 */
export function databaseStartupError(url: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | undefined)?.code;
  const known = typeof code === 'string' ? REASONS[code] : undefined;
  if (!known) return error;
  return new DatabaseStartupError(
    `DATABASE_URL ${redactUrl(url)}: ${known[0]} (${String(code)}). ${known[1]}`,
    TRANSIENT.has(code as string),
    error,
  );
}
