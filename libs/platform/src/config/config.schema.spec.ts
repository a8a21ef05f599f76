import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// The monolith composes every context, so its fragments are all there are.
import { MALL_CONTEXTS } from '../../../../apps/mall/src/mall.contexts.js';
import { hostContexts } from '../bootstrap/context-definition.js';
import { configInteger } from './config-fragment.js';
import { configSchema, validateConfig } from './config.schema.js';

describe('validateConfig', () => {
  it('applies the defaults on an empty environment', () => {
    const config = validateConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.GRPC_URL).toBe('127.0.0.1:8001');
    expect(config.DATABASE_URL).toBe('sqlite:./data/nestmall.sqlite');
    expect(config.SEED_DEMO_DATA).toBe(true);
    expect(config.JWT_KEYS_DIR).toBeUndefined();
    expect(config.AUTH_USER_CACHE_MS).toBe(1000);
  });

  it('treats an empty value as unset', () => {
    expect(validateConfig({ PORT: '' }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://x' }, 'DATABASE_URL'],
    [{ GRPC_URL: '8001' }, 'GRPC_URL'],
    [{ AUTH_USER_CACHE_MS: '-1' }, 'AUTH_USER_CACHE_MS'],
    [{ SEED_DEMO_DATA: 'yes' }, 'SEED_DEMO_DATA'],
    [{ GRPC_TLS: 'false' }, 'GRPC_TLS'],
    [{ GRPC_TLS_RELOAD_MS: '10' }, 'GRPC_TLS_RELOAD_MS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => validateConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it.each([
    ['abc', 'PORT must be a port number 1..65535, got "abc"'],
    ['0', 'PORT must be a port number 1..65535, got "0"'],
    ['70000', 'PORT must be a port number 1..65535, got "70000"'],
    ['1.5', 'PORT must be a port number 1..65535, got "1.5"'],
    ['-1', 'PORT must be a port number 1..65535, got "-1"'],
    ['0x50', 'PORT must be a port number 1..65535, got "0x50"'],
    [' 80', 'PORT must be a port number 1..65535, got " 80"'],
  ])('says what PORT=%j should be', (value, message) => {
    expect(() => validateConfig({ PORT: value })).toThrow(`Invalid configuration: ${message}`);
  });

  it('reads a port written in digits', () => {
    expect(validateConfig({ PORT: '8080' }).PORT).toBe(8080);
    expect(validateConfig({ GRPC_RETRIES: '0' }).GRPC_RETRIES).toBe(0);
  });

  it('lists the choices of an enumerated variable, and every bad variable at once', () => {
    expect(() => validateConfig({ LOG_LEVEL: 'loud', GRPC_RETRIES: '9' })).toThrow(
      'Invalid configuration: GRPC_RETRIES must be an integer 0..5, got "9"; ' +
        'LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose, got "loud"',
    );
  });

  it('never repeats a secret, and shows URLs without their password', () => {
    const thrown = (env: Record<string, string>) => {
      try {
        validateConfig(env);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a configuration error');
    };
    expect(thrown({ ADMIN_TOKEN: 'hunter2' })).toBe(
      'Invalid configuration: ADMIN_TOKEN must be at least 16 characters, got 7 characters',
    );
    const redis = thrown({ REDIS_URL: 'http://:hunter2@cache:6379' });
    expect(redis).toContain('got "http://:***@cache:6379"');
    expect(redis).not.toContain('hunter2');
  });

  it('takes every <NAME>_SERVICE_URL as a replica list, naming a bad one', () => {
    const config = validateConfig({ PAYMENT_SERVICE_URL: '127.0.0.1:1@2,127.0.0.1:3', PATH: '/x' });
    expect(config.PAYMENT_SERVICE_URL).toBe('127.0.0.1:1@2,127.0.0.1:3');
    expect(config).not.toHaveProperty('PATH');
    expect(() => validateConfig({ ORDER_SERVICE_URL: 'nowhere' })).toThrow(
      /^Invalid configuration: ORDER_SERVICE_URL .*, got "nowhere"/,
    );
  });

  it("validates the fragments of the app's contexts in the same words, and only those", () => {
    const fragment = { RELAY_MS: configInteger(20, 60_000).default(500) };
    expect(validateConfig({}, {}, [fragment])).toMatchObject({ RELAY_MS: 500, PORT: 3000 });
    expect(() => validateConfig({ RELAY_MS: '5', PORT: 'x' }, {}, [fragment])).toThrow(
      'Invalid configuration: PORT must be a port number 1..65535, got "x"; ' +
        'RELAY_MS must be an integer 20..60000, got "5"',
    );
    expect(validateConfig({ RELAY_MS: '5' })).not.toHaveProperty('RELAY_MS');
  });

  it('accepts MySQL URLs', () => {
    const url = 'mysql://root:@127.0.0.1:3306/mall_user';
    expect(validateConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });
});

const MALL_CONFIG = hostContexts(MALL_CONTEXTS, { http: true }).config;

describe('.env.example', () => {
  const text = readFileSync(resolve(import.meta.dirname, '../../../../.env.example'), 'utf8');
  const documented = Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

  const variables = [configSchema.shape, ...MALL_CONFIG].flatMap((shape) => Object.keys(shape));

  it('documents every variable the platform and the contexts read, and no other', () => {
    // <NAME>_SERVICE_URL is documented once, as a pattern (the topology names them).
    expect(Object.keys(documented).sort()).toEqual([...new Set(variables)].sort());
    expect(text).toMatch(/^# <NAME>_SERVICE_URL=/m);
  });

  it('shows values that pass validation and equal the defaults', () => {
    expect(validateConfig(documented, {}, MALL_CONFIG)).toEqual(
      validateConfig({}, {}, MALL_CONFIG),
    );
  });
});
