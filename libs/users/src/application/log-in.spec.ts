import { jest } from '@jest/globals';
import type { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError, type AppConfig } from '@nestmall/platform';
import { InvalidCredentialsError } from '../domain/errors.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import type { User } from '../domain/user.js';
import { LogIn } from './log-in.js';
import { InMemoryUsers } from '@nestmall/testing';

const fakeHash = (password: string) => `$fake$${Buffer.from(password).toString('base64')}`;

class FakeHasher extends PasswordHasher {
  async hash(password: string): Promise<string> {
    return fakeHash(password);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    return hash === fakeHash(password);
  }
}

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const EXPIRES_IN = 900;

/** Only what LogIn reads. */
const config = {
  get: (key: keyof AppConfig) => {
    if (key !== 'JWT_EXPIRES_IN') throw new Error(`unexpected config key ${key}`);
    return EXPIRES_IN;
  },
} as unknown as ConfigService<AppConfig, true>;

describe('LogIn', () => {
  const jwt = new JwtService({
    secret: SECRET,
    signOptions: { algorithm: 'HS256' },
    verifyOptions: { algorithms: ['HS256'] },
  });
  let hasher: FakeHasher;
  let logIn: LogIn;

  beforeEach(async () => {
    hasher = new FakeHasher();
    const alice: User = {
      id: 42,
      name: 'alice_01',
      mobile: '13800138000',
      passwordHash: await hasher.hash('correct-horse-9'),
      createdAt: new Date('2026-01-01T00:00:00.000Z'),
      updatedAt: new Date('2026-01-01T00:00:00.000Z'),
    };
    logIn = new LogIn(new InMemoryUsers([alice]), hasher, jwt, config);
  });

  it('answers a signed Bearer token for the right password', async () => {
    const before = Math.floor(Date.now() / 1000);
    const answer = await logIn.execute({ name: 'alice_01', password: 'correct-horse-9' });
    expect(answer.token_type).toBe('Bearer');
    expect(answer.expires_in).toBe(EXPIRES_IN);
    const claims = await jwt.verifyAsync<{ sub: string; name: string; iat: number; exp: number }>(
      answer.access_token,
    );
    expect(claims).toMatchObject({ sub: '42', name: 'alice_01' });
    expect(claims.exp - claims.iat).toBe(EXPIRES_IN);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(JSON.stringify(claims)).not.toMatch(/fake|horse/);
  });

  it('signs with the configured secret only', async () => {
    const answer = await logIn.execute({ name: 'alice_01', password: 'correct-horse-9' });
    const other = new JwtService({ secret: 'another-secret-of-at-least-32-characters' });
    await expect(other.verifyAsync(answer.access_token)).rejects.toThrow(/invalid signature/);
  });

  it('gives the same InvalidCredentialsError for a wrong password and an unknown user', async () => {
    const wrongPassword = await logIn
      .execute({ name: 'alice_01', password: 'wrong-horse-9' })
      .catch((e: unknown) => e);
    const unknownUser = await logIn
      .execute({ name: 'nobody_01', password: 'correct-horse-9' })
      .catch((e: unknown) => e);
    for (const error of [wrongPassword, unknownUser]) {
      expect(error).toBeInstanceOf(InvalidCredentialsError);
      expect(error).toBeInstanceOf(UnauthenticatedError);
    }
    expect((wrongPassword as Error).message).toBe('invalid user name or password');
    expect((unknownUser as Error).message).toBe((wrongPassword as Error).message);
  });

  it('still verifies a password for an unknown user, so both failures take as long', async () => {
    const verify = jest.spyOn(hasher, 'verify');
    await expect(logIn.execute({ name: 'nobody_01', password: 'guess-123' })).rejects.toThrow(
      InvalidCredentialsError,
    );
    expect(verify).toHaveBeenCalledTimes(1);
    const [decoyHash, password] = verify.mock.calls[0];
    expect(password).toBe('guess-123');
    expect(decoyHash).toMatch(/^\$fake\$/); // a real hash to check against, not a shortcut
    await expect(verify.mock.results[0].value).resolves.toBe(false);
  });

  it('hashes the decoy once, not on every unknown name', async () => {
    const hash = jest.spyOn(hasher, 'hash');
    for (const name of ['nobody_01', 'nobody_02', 'nobody_03']) {
      await expect(logIn.execute({ name, password: 'guess-123' })).rejects.toThrow(
        InvalidCredentialsError,
      );
    }
    expect(hash).toHaveBeenCalledTimes(1);
  });

  it('refuses an unknown user even when the password is the decoy password', async () => {
    await expect(
      logIn.execute({ name: 'nobody_01', password: 'decoy-password-never-matches-1' }),
    ).rejects.toThrow(InvalidCredentialsError);
  });

  it('refuses missing fields as bad credentials, not a crash', async () => {
    const missing = { name: undefined, password: undefined } as unknown as {
      name: string;
      password: string;
    };
    await expect(logIn.execute(missing)).rejects.toThrow(InvalidCredentialsError);
  });
});
