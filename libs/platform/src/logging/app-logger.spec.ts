import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { AppLogger, createAppLogger, logLevelsFrom } from './app-logger.js';
import { inRequestContext } from './request-context.js';

/** What `logger` writes to stdout and stderr while `act` runs. */
function written(logger: AppLogger, act: () => void): string {
  const chunks: string[] = [];
  const keep = (chunk: unknown) => (chunks.push(String(chunk)), true);
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(keep),
    jest.spyOn(process.stderr, 'write').mockImplementation(keep),
  ];
  Logger.overrideLogger(logger);
  try {
    act();
  } finally {
    spies.forEach((s) => s.mockRestore());
    Logger.overrideLogger(new Logger());
  }
  return chunks.join('');
}

const log = (context: string, message: string | Error) => () =>
  message instanceof Error ? new Logger(context).error(message) : new Logger(context).log(message);

describe('logLevelsFrom', () => {
  it('enables a level and every level above it', () => {
    expect(logLevelsFrom('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(logLevelsFrom('verbose')).toHaveLength(6);
  });

  it('falls back to log (the validated configuration reports the bad value)', () => {
    expect(logLevelsFrom(undefined)).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(logLevelsFrom('loud')).toEqual(['fatal', 'error', 'warn', 'log']);
  });
});

describe('AppLogger', () => {
  const atLog = () => createAppLogger({ LOG_LEVEL: 'log' });
  const atDebug = () => createAppLogger({ LOG_LEVEL: 'debug' });

  it.each(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication'])(
    "keeps Nest's %s listing for LOG_LEVEL=debug",
    (context) => {
      expect(written(atLog(), log(context, 'Mapped {/users, GET} route'))).toBe('');
      expect(written(atDebug(), log(context, 'Mapped {/users, GET} route'))).toMatch(
        new RegExp(`DEBUG \\[${context}\\] Mapped \\{/users, GET\\} route`),
      );
    },
  );

  it("prints the apps' own lines at log", () => {
    expect(written(atLog(), log('nestmall', 'REST  http://localhost:3000'))).toMatch(
      /LOG \[nestmall\] REST {2}http:\/\/localhost:3000\n$/,
    );
  });

  it('keeps the stack of a start-up failure (Nest prints it, then rethrows) for debug', () => {
    const failure = log('ExceptionHandler', new Error('connect ECONNREFUSED 127.0.0.1:1'));
    expect(written(atLog(), failure)).toBe('');
    expect(written(atDebug(), failure)).toContain('at ');
    expect(written(atLog(), log('OrdersService', new Error('boom')))).toContain('boom');
  });

  it("turns @nestjs/typeorm's retry notice into one warning line, its stack for debug", () => {
    const notice = () =>
      new Logger('TypeOrmModule').error(
        'Unable to connect to the database. Retrying (1)...',
        'Error: connect ECONNREFUSED\n    at x (y.js:1:1)',
      );
    expect(written(atLog(), notice)).toMatch(
      /^[^\n]*WARN \[TypeOrmModule\] Unable to connect to the database\. Retrying \(1\)\.\.\.\n$/,
    );
    expect(written(atDebug(), notice)).toContain('at x (y.js:1:1)');
  });

  it('writes no escape codes when stdout is not a terminal (as under jest)', () => {
    expect(written(createAppLogger({}), log('nestmall', 'plain'))).not.toContain('\x1b[');
  });

  it('writes colours when FORCE_COLOR asks for them', () => {
    expect(written(createAppLogger({ FORCE_COLOR: '1' }), log('nestmall', 'x'))).toContain('\x1b[');
  });

  it('writes one JSON object a line with LOG_FORMAT=json', () => {
    const line = written(
      createAppLogger({ LOG_FORMAT: 'json', FORCE_COLOR: '1' }),
      log('HTTP', 'GET / 200'),
    );
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toMatchObject({ level: 'log', context: 'HTTP', message: 'GET / 200' });
  });
});

describe('LOG_FORMAT=json (pino)', () => {
  const record = (logger: AppLogger, act: () => void) =>
    written(logger, act)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('puts the request id and trace id of the request being served on every line', () => {
    const logger = createAppLogger({ LOG_FORMAT: 'json' });
    const [inside, outside] = record(logger, () => {
      inRequestContext({ requestId: 'req-1', traceId: 'a'.repeat(32) }, () =>
        new Logger('Orders').log('placed'),
      );
      new Logger('Orders').log('idle');
    });
    expect(inside).toMatchObject({
      level: 'log',
      context: 'Orders',
      message: 'placed',
      requestId: 'req-1',
      traceId: 'a'.repeat(32),
    });
    expect(outside).not.toHaveProperty('requestId');
  });

  it('redacts authorization headers, cookies, passwords and tokens by configuration', () => {
    const logger = createAppLogger({ LOG_FORMAT: 'json' });
    const [line] = record(logger, () =>
      new Logger('Auth').warn({
        message: 'rejected',
        headers: { authorization: 'Bearer eyJ.secret', cookie: 'sid=s3cr3t', accept: '*/*' },
        password: 'hunter2',
        body: { refresh_token: 'r3fr3sh', user_name: 'test1' },
      }),
    );
    expect(line).toMatchObject({
      level: 'warn',
      message: 'rejected',
      headers: { authorization: '***', cookie: '***', accept: '*/*' },
      password: '***',
      body: { refresh_token: '***', user_name: 'test1' },
    });
    expect(JSON.stringify(line)).not.toMatch(/secret|s3cr3t|hunter2|r3fr3sh/);
  });

  it('takes LOG_FORMAT=pretty as text', () => {
    const text = written(createAppLogger({ LOG_FORMAT: 'pretty', NO_COLOR: '1' }), () =>
      new Logger('HTTP').log('GET / 200'),
    );
    expect(text).toMatch(/LOG \[HTTP\] GET \/ 200/);
  });
});
