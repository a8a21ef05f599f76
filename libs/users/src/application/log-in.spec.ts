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
  UnauthenticatedError,
  type AppConfig,
} from '@nestmall/platform';
import { InvalidCredentialsError } from '../domain/errors.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import type { User } from '../domain/user.js';
import { UserRepository, type UserPage, type UserToCreate } from '../domain/user.repository.js';
import { LogIn } from './log-in.js';

class InMemoryUsers extends UserRepository {
  constructor(private readonly rows: User[]) {
    super();
  }

  async findById(id: number): Promise<User | null> {
    return this.rows.find((u) => u.id === id) ?? null;
  }

  async findByName(name: string): Promise<User | null> {
    return this.rows.find((u) => u.name === name) ?? null;
  }

  async page(offset: number, limit: number): Promise<UserPage> {
    return { users: this.rows.slice(offset, offset + limit), total: this.rows.length };
  }

  async create(_user: UserToCreate): Promise<User> {
    throw new Error('not used by LogIn');
  }
}

const fakeHash = (password: string) => `$fake$${Buffer.from(password).toString('base64')}`;

class FakeHasher extends PasswordHasher {
  async hash(password: string): Promise<string> {
    return fakeHash(password);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    return hash === fakeHash(password);
  }
}

const EXPIRES_IN = 900;

/** Only what LogIn reads. */
const config = {
  get: (key: keyof AppConfig) => {
    if (key !== 'JWT_EXPIRES_IN') throw new Error(`unexpected config key ${key}`);
    return EXPIRES_IN;
  },
} as unknown as ConfigService<AppConfig, true>;

describe('LogIn', () => {
  let dir: string;
  let keys: SigningKeyStore;
  let hasher: FakeHasher;
  let logIn: LogIn;

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
    logIn = new LogIn(new InMemoryUsers([alice]), hasher, new AccessTokenSigner(keys, config));
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
    expect(claims.exp! - claims.iat!).toBe(EXPIRES_IN);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(JSON.stringify(claims)).not.toMatch(/fake|horse/);
    await expect(new AccessTokenVerifier(keys).verify(answer.access_token)).resolves.toEqual({
      userId: 42,
      userName: 'alice_01',
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
});
