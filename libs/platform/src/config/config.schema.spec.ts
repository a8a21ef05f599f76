import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => validateConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable}: `));
  });

  it('accepts MySQL URLs', () => {
    const url = 'mysql://root:@127.0.0.1:3306/mall_user';
    expect(validateConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });
});

describe('.env.example', () => {
  const text = readFileSync(resolve(import.meta.dirname, '../../../../.env.example'), 'utf8');
  const documented = Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

  it('documents every variable the code reads, and no other', () => {
    expect(Object.keys(documented).sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('shows values that pass validation and equal the defaults', () => {
    expect(validateConfig(documented)).toEqual(validateConfig({}));
  });
});
