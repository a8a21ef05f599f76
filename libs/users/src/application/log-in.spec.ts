import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { ConfigService } from '@nestjs/config';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import {
  AccessTokenSigner,
  AccessTokenVerifier,
  SigningKeyStore,
  MemoryFailureBackoff,
  TooManyRequestsError,
  UnauthenticatedError,
  type AppConfig,
} from '@nestmall/platform';
import { InvalidCredentialsError } from '../domain/errors.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import type { User } from '../domain/user.js';
import { RefreshTokenRepository } from '../domain/refresh-token.repository.js';
import { LogIn } from './log-in.js';
import { SessionTokens } from './session-tokens.js';
import { InMemoryUsers } from '@nestmall/testing';

const fakeHash = (password: string) => `$fake$${Buffer.from(password).toString('base64')}`;
/** A hash of the same kind made with older parameters: verifies, but asks to be rehashed. */
const oldFakeHash = (password: string) => `$old${fakeHash(password)}`;

class FakeHasher extends PasswordHasher {
  async hash(password: string): Promise<string> {
    return fakeHash(password);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    return hash === fakeHash(password) || hash === oldFakeHash(password);
  }

  needsRehash(hash: string): boolean {
    return hash.startsWith('$old$');
  }
}

const EXPIRES_IN = 900;

const REFRESH_EXPIRES_IN = 86_400;

/** Only what LogIn reads. */
const config = {
  get: (key: keyof AppConfig) => {
    if (key === 'JWT_EXPIRES_IN') return EXPIRES_IN;
    if (key === 'REFRESH_TOKEN_EXPIRES_IN') return REFRESH_EXPIRES_IN;
    throw new Error(`unexpected config key ${key}`);
  },
} as unknown as ConfigService<AppConfig, true>;

/** Log-in only adds refresh tokens (refresh-session.spec.ts exercises the rest). */
class AddedRefreshTokens extends RefreshTokenRepository {
  readonly added: Parameters<RefreshTokenRepository['add']>[0][] = [];
  async add(record: Parameters<RefreshTokenRepository['add']>[0]): Promise<void> {
    this.added.push(record);
  }
  findByHash = () => Promise.reject(new Error('not used by LogIn'));
  markUsed = () => Promise.reject(new Error('not used by LogIn'));
  revokeSession = () => Promise.reject(new Error('not used by LogIn'));
  revokeUserSessions = () => Promise.reject(new Error('not used by LogIn'));
  isSessionLive = () => Promise.reject(new Error('not used by LogIn'));
}

describe('LogIn', () => {
  let dir: string;
  let keys: SigningKeyStore;
  let hasher: FakeHasher;
  let refreshTokens: AddedRefreshTokens;
  let logIn: LogIn;
  let backoff: MemoryFailureBackoff;
  let users: InMemoryUsers;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'log-in-keys-'));
    keys = await SigningKeyStore.open(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

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
    refreshTokens = new AddedRefreshTokens();
    backoff = new MemoryFailureBackoff({ failuresBeforeBackoff: 3, maxWaitSeconds: 60 });
    const tokens = new SessionTokens(new AccessTokenSigner(keys, config), refreshTokens, config);
    users = new InMemoryUsers([alice]);
    logIn = new LogIn(users, hasher, tokens, backoff);
  });

  describe('with a hash made with older parameters', () => {
    beforeEach(() => {
      users.rows[0].passwordHash = oldFakeHash('correct-horse-9');
    });

    it('logs in and replaces the hash with one of the current parameters', async () => {
      await logIn.execute({ name: 'alice_01', password: 'correct-horse-9' });
      expect(users.rows[0].passwordHash).toBe(fakeHash('correct-horse-9'));
    });

    it('keeps the old hash after a wrong password', async () => {
      await expect(logIn.execute({ name: 'alice_01', password: 'wrong-horse-9' })).rejects.toThrow(
        InvalidCredentialsError,
      );
      expect(users.rows[0].passwordHash).toBe(oldFakeHash('correct-horse-9'));
    });

    it('still logs in when the new hash cannot be stored', async () => {
      jest.spyOn(users, 'replacePasswordHash').mockRejectedValue(new Error('database is locked'));
      const answer = await logIn.execute({ name: 'alice_01', password: 'correct-horse-9' });
      expect(answer.token_type).toBe('Bearer');
    });
  });

  it('leaves a current hash alone', async () => {
    const replace = jest.spyOn(users, 'replacePasswordHash');
    await logIn.execute({ name: 'alice_01', password: 'correct-horse-9' });
    expect(replace).not.toHaveBeenCalled();
  });

  it('answers an EdDSA-signed Bearer token for the right password', async () => {
    const before = Math.floor(Date.now() / 1000);
    const answer = await logIn.execute({ name: 'alice_01', password: 'correct-horse-9' });
    expect(answer.token_type).toBe('Bearer');
    expect(answer.expires_in).toBe(EXPIRES_IN);
    expect(decodeProtectedHeader(answer.access_token)).toEqual({
      alg: 'EdDSA',
      kid: keys.signingKey.kid,
      typ: 'at+jwt',
    });
    const claims = decodeJwt(answer.access_token);
    expect(claims).toMatchObject({ sub: '42', name: 'alice_01', iss: 'nestmall', aud: 'nestmall' });
    // A session: the refresh token's hash is stored (never the token), under the token's sid.
    expect(answer.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.refresh_expires_in).toBe(REFRESH_EXPIRES_IN);
    expect(refreshTokens.added).toEqual([
      {
        tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        userId: 42,
        sessionId: claims.sid,
        expiresAtMs: expect.any(Number),
      },
    ]);
    expect(JSON.stringify(refreshTokens.added)).not.toContain(answer.refresh_token);
    expect(claims.exp! - claims.iat!).toBe(EXPIRES_IN);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(JSON.stringify(claims)).not.toMatch(/fake|horse/);
    await expect(new AccessTokenVerifier(keys).verify(answer.access_token)).resolves.toEqual({
      userId: 42,
      userName: 'alice_01',
      sessionId: claims.sid,
      accessToken: answer.access_token,
    });
  });

  it("signs with its own key only: another issuer's keys do not verify the token", async () => {
    const answer = await logIn.execute({ name: 'alice_01', password: 'correct-horse-9' });
    const otherDir = await mkdtemp(join(tmpdir(), 'log-in-other-'));
    try {
      const other = await SigningKeyStore.open(otherDir);
      await expect(new AccessTokenVerifier(other).verify(answer.access_token)).rejects.toThrow(
        UnauthenticatedError,
      );
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
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

  it('makes an account wait after repeated failures, even with the right password', async () => {
    const wrong = { name: 'alice_01', password: 'wrong-horse-9' };
    for (let i = 0; i < 3; i++)
      await expect(logIn.execute(wrong)).rejects.toThrow(InvalidCredentialsError);
    const blocked = await logIn
      .execute({ name: 'ALICE_01 ', password: 'correct-horse-9' })
      .catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(TooManyRequestsError);
    expect((blocked as TooManyRequestsError).retryAfterSeconds).toBe(1);
    expect((blocked as Error).message).toMatch(/try again in 1 s/);
  });

  it('starts the count over after a successful log-in', async () => {
    const wrong = { name: 'alice_01', password: 'wrong-horse-9' };
    for (let i = 0; i < 2; i++)
      await expect(logIn.execute(wrong)).rejects.toThrow(InvalidCredentialsError);
    await logIn.execute({ name: 'alice_01', password: 'correct-horse-9' });
    for (let i = 0; i < 2; i++)
      await expect(logIn.execute(wrong)).rejects.toThrow(InvalidCredentialsError);
    await expect(
      logIn.execute({ name: 'alice_01', password: 'correct-horse-9' }),
    ).resolves.toBeDefined();
  });
});
