import { DatabaseStartupError, databaseStartupError } from './database-startup-error.js';

const failure = (code: string) => Object.assign(new Error(`failed: ${code}`), { code });

describe('databaseStartupError', () => {
  it('names DATABASE_URL without its password, the cause and what to do', () => {
    const error = databaseStartupError(
      'mysql://root:s3cret@127.0.0.1:1/x',
      failure('ECONNREFUSED'),
    );
    expect(error).toBeInstanceOf(DatabaseStartupError);
    expect((error as Error).message).toBe(
      'DATABASE_URL mysql://root:***@127.0.0.1:1/x: nothing listens there (ECONNREFUSED). ' +
        'Start the server, or set DATABASE_URL to one that answers (unset: the embedded SQLite file)',
    );
    expect((error as DatabaseStartupError).transient).toBe(true);
  });

  it('tells a SQLite user to choose a writable folder, and does not retry', () => {
    const error = databaseStartupError('sqlite:/etc/hostname/x.sqlite', failure('ENOTDIR'));
    expect((error as Error).message).toMatch(
      /^DATABASE_URL sqlite:\/etc\/hostname\/x.sqlite: cannot create its folder.*\(ENOTDIR\)\. Set DATABASE_URL to sqlite:<a file in a writable folder>$/,
    );
    expect((error as DatabaseStartupError).transient).toBe(false);
  });

  it('leaves an error it does not know (a failing migration) as it is', () => {
    const migration = new Error('SQLITE_ERROR: no such table');
    expect(databaseStartupError('sqlite::memory:', migration)).toBe(migration);
    expect(databaseStartupError('sqlite::memory:', undefined)).toBeUndefined();
  });
});
