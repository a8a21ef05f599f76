import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseOptions, parseDatabaseUrl, redactUrl } from './database-options.js';
import { ParameterlessLogger } from './parameterless-logger.js';

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite:./data/nestmall.sqlite', './data/nestmall.sqlite'],
    ['sqlite:/var/lib/mall/users.sqlite', '/var/lib/mall/users.sqlite'],
    ['sqlite::memory:', ':memory:'],
  ])('reads %p as the SQLite file %p', (url, location) => {
    expect(parseDatabaseUrl(url)).toEqual({ kind: 'sqlite', location });
  });

  it('keeps a mysql:// URL as given', () => {
    const url = 'mysql://root:s3cret@127.0.0.1:3306/mall_user';
    expect(parseDatabaseUrl(url)).toEqual({ kind: 'mysql', location: url });
  });

  it('reads mariadb:// as MySQL, rewriting the scheme for the mysql driver', () => {
    expect(parseDatabaseUrl('mariadb://shop:pw@db:3306/mall')).toEqual({
      kind: 'mysql',
      location: 'mysql://shop:pw@db:3306/mall',
    });
  });

  it.each(['postgres://u:p@h/db', 'mongodb://h/db', 'sqlite', 'MYSQL://h/db', ''])(
    'refuses %p',
    (url) => {
      expect(() => parseDatabaseUrl(url)).toThrow(/^DATABASE_URL: unsupported scheme/);
    },
  );

  it('does not print the password when it refuses a URL', () => {
    expect(() => parseDatabaseUrl('postgres://admin:s3cret@db:5432/mall')).toThrow(
      'DATABASE_URL: unsupported scheme in postgres://admin:***@db:5432/mall',
    );
  });
});

describe('redactUrl', () => {
  it.each([
    ['mysql://root:s3cret@127.0.0.1:3306/mall_user', 'mysql://root:***@127.0.0.1:3306/mall_user'],
    ['mariadb://shop:pa:ss/word@db/mall', 'mariadb://shop:***@db/mall'],
    ['mysql://root:@127.0.0.1:3306/mall_user', 'mysql://root:***@127.0.0.1:3306/mall_user'],
  ])('hides the password of %p', (url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });

  // TypeORM splits the credentials at the last '@' (DriverUtils.parseCredentials) and does not
  // percent-decode them, so a password with an '@' is written as is, and must be hidden whole.
  it("hides the whole of a password that contains '@'", () => {
    const redacted = redactUrl('mysql://shop:p@ss@db.internal:3306/mall');
    expect(redacted).toBe('mysql://shop:***@db.internal:3306/mall');
    expect(redacted).not.toContain('ss@');
  });

  it.each([
    'sqlite:./data/nestmall.sqlite',
    'sqlite::memory:',
    'mysql://root@127.0.0.1:3306/mall',
    'mysql://127.0.0.1:3306/mall',
  ])('leaves %p, which has no password, as it is', (url) => {
    expect(redactUrl(url)).toBe(url);
  });
});

describe('databaseOptions', () => {
  class UserEntity {}
  class CreateUsers1 {}
  const input = { entities: [UserEntity], migrations: [CreateUsers1] };

  it('uses better-sqlite3 for an in-memory SQLite database', () => {
    const options = databaseOptions({ ...input, url: 'sqlite::memory:' });
    expect(options).toMatchObject({ type: 'better-sqlite3', database: ':memory:' });
  });

  it('creates the directory of a SQLite file, and sets WAL, a busy timeout and foreign keys', () => {
    const root = mkdtempSync(join(tmpdir(), 'nestmall-db-options-'));
    try {
      const file = join(root, 'nested', 'dir', 'users.sqlite');
      const options = databaseOptions({ ...input, url: `sqlite:${file}` });
      expect(options).toMatchObject({ type: 'better-sqlite3', database: file });
      expect(existsSync(join(root, 'nested', 'dir'))).toBe(true);
      expect(existsSync(file)).toBe(false);

      const pragmas: string[] = [];
      const prepare = (options as { prepareDatabase?: (db: unknown) => void }).prepareDatabase;
      prepare?.({ pragma: (sql: string) => pragmas.push(sql) });
      expect(pragmas).toEqual(['journal_mode = WAL', 'busy_timeout = 5000', 'foreign_keys = ON']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('uses the mysql driver with the URL, UTC and utf8mb4 for MySQL', () => {
    const url = 'mysql://root:s3cret@127.0.0.1:3306/mall_user';
    expect(databaseOptions({ ...input, url })).toMatchObject({
      type: 'mysql',
      url,
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
    });
  });

  it('uses the mysql driver for MariaDB too', () => {
    expect(databaseOptions({ ...input, url: 'mariadb://shop:pw@db:3306/mall' })).toMatchObject({
      type: 'mysql',
      url: 'mysql://shop:pw@db:3306/mall',
    });
  });

  it.each(['sqlite::memory:', 'mysql://root:pw@127.0.0.1:3306/mall'])(
    'for %p: schema from migrations only, run at start; never synchronize',
    (url) => {
      const options = databaseOptions({ ...input, url });
      expect(options.synchronize).toBe(false);
      expect(options.migrationsRun).toBe(true);
      expect(options.entities).toEqual([UserEntity]);
      expect(options.migrations).toEqual([CreateUsers1]);
    },
  );

  it.each([undefined, false, true])(
    'logs through the parameterless logger (logging: %p)',
    (logging) => {
      const options = databaseOptions({ ...input, url: 'sqlite::memory:', logging });
      expect(options.logger).toBeInstanceOf(ParameterlessLogger);
    },
  );

  it('refuses an unsupported URL', () => {
    expect(() => databaseOptions({ ...input, url: 'postgres://h/db' })).toThrow(
      /unsupported scheme/,
    );
  });
});

describe('databaseOptions with read replicas (DATABASE_READ_URLS)', () => {
  const base = { entities: [], migrations: [] };

  it('routes to the replicas only when asked: defaultMode master', () => {
    const options = databaseOptions({
      ...base,
      url: 'mysql://root@primary:3306/mall',
      readUrls: ['mariadb://root@replica1:3306/mall', 'mysql://root@replica2:3306/mall'],
    });
    expect(options).toMatchObject({
      type: 'mysql',
      replication: {
        master: { url: 'mysql://root@primary:3306/mall' },
        slaves: [
          { url: 'mysql://root@replica1:3306/mall' },
          { url: 'mysql://root@replica2:3306/mall' },
        ],
        defaultMode: 'master',
      },
    });
    expect(options).not.toHaveProperty('url');
  });

  it('has no replication without replicas', () => {
    const options = databaseOptions({ ...base, url: 'mysql://root@primary:3306/mall' });
    expect(options).toMatchObject({ url: 'mysql://root@primary:3306/mall' });
    expect(options).not.toHaveProperty('replication');
  });

  it('refuses replicas of an SQLite file', () => {
    expect(() =>
      databaseOptions({ ...base, url: 'sqlite::memory:', readUrls: ['mysql://r/db'] }),
    ).toThrow(/DATABASE_READ_URLS needs a MySQL\/MariaDB DATABASE_URL/);
  });
});
