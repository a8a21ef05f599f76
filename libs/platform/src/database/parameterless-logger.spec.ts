import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { ParameterlessLogger } from './parameterless-logger.js';

const INSERT = 'INSERT INTO "ts_user"("user_name", "user_mobile", "pwd") VALUES (?, ?, ?)';
const PARAMETERS = ['alice_01', '13800138000', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$SECRETHASH'];
const SECRETS = /alice_01|13800138000|SECRETHASH|argon2/;

type Level = 'log' | 'warn' | 'debug' | 'error';

describe('ParameterlessLogger', () => {
  const printed: Array<{ level: Level; text: string }> = [];
  let spies: Array<{ mockRestore(): void }>;

  beforeEach(() => {
    printed.length = 0;
    spies = (['log', 'warn', 'debug', 'error'] as const).map((level) =>
      jest.spyOn(Logger.prototype, level).mockImplementation((message: unknown) => {
        printed.push({ level, text: String(message) });
      }),
    );
  });

  afterEach(() => {
    for (const spy of spies) spy.mockRestore();
  });

  /** As TypeORM calls it: through its Logger interface, with the parameters. */
  function typeorm(logQueries: boolean): TypeOrmLogger {
    return new ParameterlessLogger(logQueries);
  }

  it('warns of a failed query with the error and the SQL, never its parameters', () => {
    const error = new Error('UNIQUE constraint failed: ts_user.user_name');
    typeorm(false).logQueryError(error, INSERT, PARAMETERS);
    expect(printed).toEqual([
      {
        level: 'warn',
        text: `query failed: UNIQUE constraint failed: ts_user.user_name -- ${INSERT}`,
      },
    ]);
  });

  it('takes the error as a string too, still without parameters', () => {
    typeorm(true).logQueryError('SQLITE_BUSY: database is locked', INSERT, PARAMETERS);
    expect(printed).toHaveLength(1);
    expect(printed[0].level).toBe('warn');
    expect(printed[0].text).toContain('SQLITE_BUSY: database is locked');
    expect(printed[0].text).not.toMatch(SECRETS);
  });

  it('never prints parameters given as an object either', () => {
    typeorm(true).logQueryError(new Error('boom'), INSERT, { name: 'alice_01', pwd: 'SECRETHASH' });
    expect(printed[0].text).not.toMatch(SECRETS);
  });

  it('writes nothing with parameters to stdout or stderr', () => {
    for (const spy of spies) spy.mockRestore();
    spies = [];
    const out: string[] = [];
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      out.push(String(chunk));
      return true;
    });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
      out.push(String(chunk));
      return true;
    });
    try {
      typeorm(true).logQueryError(new Error('Duplicate key'), INSERT, PARAMETERS);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(out.join('')).toContain('query failed: Duplicate key');
    expect(out.join('')).not.toMatch(SECRETS);
  });

  it('logs slow queries without parameters', () => {
    typeorm(false).logQuerySlow(1500, INSERT, PARAMETERS);
    expect(printed).toEqual([{ level: 'warn', text: `slow query (1500 ms): ${INSERT}` }]);
  });

  it('logs every query at log level (shown by default) only when asked, without parameters', () => {
    typeorm(false).logQuery(INSERT, PARAMETERS);
    expect(printed).toEqual([]);
    typeorm(true).logQuery(INSERT, PARAMETERS);
    expect(printed).toEqual([{ level: 'log', text: INSERT }]);
  });

  it('logs migrations, and general messages at their level', () => {
    const logger = typeorm(false);
    logger.logMigration('Migration CreateTsUser1764050000000 has been executed successfully.');
    logger.log('warn', 'something odd');
    logger.log('info', 'something normal');
    expect(printed).toEqual([
      { level: 'log', text: 'Migration CreateTsUser1764050000000 has been executed successfully.' },
      { level: 'warn', text: 'something odd' },
      { level: 'log', text: 'something normal' },
    ]);
  });
});
