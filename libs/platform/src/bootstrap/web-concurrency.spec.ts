import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IM_PROCESS_LOCAL } from '../../../im/src/im.config.js';
import { VERIFICATION_PROCESS_LOCAL } from '../../../verification/src/verification.config.js';
import { InvalidConfigError } from '../config/config.schema.js';
import {
  DATABASE_PROCESS_LOCAL,
  PLATFORM_PROCESS_LOCAL,
  startSettings,
  webConcurrency,
} from './web-concurrency.js';

/** The monolith's rules (apps/mall/src/main.ts). */
const MALL = [
  DATABASE_PROCESS_LOCAL,
  ...PLATFORM_PROCESS_LOCAL,
  ...VERIFICATION_PROCESS_LOCAL,
  ...IM_PROCESS_LOCAL,
];

/** Every store shared: what a monolith needs for more than one process. */
const SHARED = {
  DATABASE_URL: 'mysql://root@127.0.0.1:3306/shop',
  THROTTLE_STORE: 'redis',
  AUTH_REVOCATIONS: 'redis',
  VERIFICATION_CODE_STORE: 'redis',
  VERIFICATION_SECRET: 'x'.repeat(32),
  IM_FANOUT: 'rabbitmq',
};

describe('webConcurrency', () => {
  it('unset: one per core when every store is shared (CACHE=memory included)', () => {
    expect(webConcurrency({ ...SHARED, CACHE: 'memory' }, MALL, 2)).toEqual({ workers: 2 });
    expect(webConcurrency(SHARED, MALL, 8)).toEqual({ workers: 8 });
  });

  it('unset with the defaults (npm start: SQLite, memory stores): one process, and says why', () => {
    const count = webConcurrency({}, MALL, 4);
    expect(count.workers).toBe(1);
    expect(count.note).toBe(
      'one process (WEB_CONCURRENCY unset): DATABASE_URL is SQLite (one writer; use MySQL/MariaDB), ' +
        'THROTTLE_STORE=memory (set redis), AUTH_REVOCATIONS=local (set redis), ' +
        'VERIFICATION_CODE_STORE=memory (set redis), VERIFICATION_SECRET unset (a random one per process), ' +
        'IM_FANOUT=memory (set rabbitmq)',
    );
    // Expected on SQLite: `npm start` prints it at debug only.
    expect(count.noteLevel).toBe('debug');
  });

  it('unset on MariaDB with one store still in memory: one process, naming that store', () => {
    expect(webConcurrency({ ...SHARED, THROTTLE_STORE: 'memory' }, MALL, 4)).toEqual({
      workers: 1,
      note: 'one process (WEB_CONCURRENCY unset): THROTTLE_STORE=memory (set redis)',
      noteLevel: 'log',
    });
  });

  it.each([
    ['DATABASE_URL', 'sqlite:./data/nestmall.sqlite', 'DATABASE_URL is SQLite'],
    ['THROTTLE_STORE', 'memory', 'THROTTLE_STORE=memory'],
    ['AUTH_REVOCATIONS', 'local', 'AUTH_REVOCATIONS=local'],
    ['VERIFICATION_CODE_STORE', 'memory', 'VERIFICATION_CODE_STORE=memory'],
    ['VERIFICATION_SECRET', undefined, 'VERIFICATION_SECRET unset'],
    ['IM_FANOUT', 'memory', 'IM_FANOUT=memory'],
  ])('WEB_CONCURRENCY=2 with %s=%s is refused, naming it', (variable, value, named) => {
    const settings = { ...SHARED, [variable]: value, WEB_CONCURRENCY: '2' };
    expect(() => webConcurrency(settings, MALL, 2)).toThrow(InvalidConfigError);
    expect(() => webConcurrency(settings, MALL, 2)).toThrow(
      new RegExp(`^WEB_CONCURRENCY=2 needs state shared between processes, but ${named}`),
    );
  });

  it('explicit values are kept where allowed: 1 always, more with every store shared', () => {
    expect(webConcurrency({ WEB_CONCURRENCY: '1' }, MALL, 8)).toEqual({ workers: 1 });
    expect(webConcurrency({ ...SHARED, WEB_CONCURRENCY: '3' }, MALL, 2)).toEqual({ workers: 3 });
  });

  it('a bad value is refused in the configuration error format', () => {
    for (const bad of ['0', '65', 'two', '1.5'])
      expect(() => webConcurrency({ WEB_CONCURRENCY: bad }, MALL, 2)).toThrow(
        `Invalid configuration: WEB_CONCURRENCY must be a number of processes 1..64, got "${bad}"`,
      );
  });

  it('MIGRATIONS=only runs once, in one process', () => {
    expect(webConcurrency({ ...SHARED, MIGRATIONS: 'only' }, MALL, 4)).toEqual({ workers: 1 });
  });

  it('the gateway (no database) needs only the platform stores shared', () => {
    const gateway = { AUTH_REVOCATIONS: 'redis', THROTTLE_STORE: 'redis' };
    expect(webConcurrency(gateway, PLATFORM_PROCESS_LOCAL, 2)).toEqual({ workers: 2 });
    expect(webConcurrency({ AUTH_REVOCATIONS: 'redis' }, PLATFORM_PROCESS_LOCAL, 2)).toEqual({
      workers: 1,
      note: 'one process (WEB_CONCURRENCY unset): THROTTLE_STORE=memory (set redis)',
      noteLevel: 'debug',
    });
  });
});

describe('startSettings', () => {
  it('the environment over .env over the defaults; empty values count as unset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-concurrency-'));
    try {
      const file = join(dir, '.env');
      writeFileSync(file, 'THROTTLE_STORE=redis\nCACHE=off\nIM_FANOUT=\n');
      const settings = startSettings(
        { AUTH_REVOCATIONS: 'redis', CACHE: 'memory', IM_FANOUT: 'rabbitmq' },
        { CACHE: 'redis', WEB_CONCURRENCY: '' },
        file,
      );
      expect(settings).toEqual({
        AUTH_REVOCATIONS: 'redis',
        THROTTLE_STORE: 'redis',
        CACHE: 'redis',
        IM_FANOUT: 'rabbitmq',
      });
      expect(startSettings({}, {}, join(dir, 'missing.env'))).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
