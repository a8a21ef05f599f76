import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/config.schema.js';
import { DomainError, UnauthenticatedError } from '../errors/domain-error.js';
import { AccessTokenAuthenticator } from './access-token-authenticator.js';
import { AccessTokenSigner, AccessTokenVerifier } from './access-tokens.js';
import { ActiveSessions } from './active-sessions.js';
import { LocalAccessTokenRevocations } from './local-access-token-revocations.js';
import { SigningKeyStore } from './signing-key-store.js';
import { TokenSubjects } from './token-subjects.js';

const CACHE_MS = 1000;
const config = {
  get: (key: keyof AppConfig) => (key === 'AUTH_USER_CACHE_MS' ? CACHE_MS : 600),
} as unknown as ConfigService<AppConfig, true>;

/** The users context as the authenticator sees it: who exists, and whether it answers. */
class FakeSubjects extends TokenSubjects {
  readonly active = new Set([1, 2]);
  down = false;
  readonly isActive = jest.fn(async (userId: number) => {
    if (this.down) throw new DomainError('UNAVAILABLE', 'UserService is unavailable');
    return this.active.has(userId);
  });
}

describe('AccessTokenAuthenticator', () => {
  let dir: string;
  let signer: AccessTokenSigner;
  let subjects: FakeSubjects;
  let authenticator: AccessTokenAuthenticator;
  let sessions: ActiveSessions;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'authenticator-'));
    signer = new AccessTokenSigner(await SigningKeyStore.open(dir), config);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    subjects = new FakeSubjects();
    sessions = new ActiveSessions(config);
    authenticator = new AccessTokenAuthenticator(
      new AccessTokenVerifier(await SigningKeyStore.open(dir)),
      subjects,
      sessions,
    );
  });
  afterEach(() => jest.useRealTimers());

  const tokenOf = async (id: number) => (await signer.sign({ id, name: `test${id}` })).token;

  it.each(['Bearer', 'bearer', 'BEARER', 'bEaReR'])('accepts the %s scheme', async (scheme) => {
    const token = await tokenOf(1);
    await expect(authenticator.authenticate(`${scheme} ${token}`)).resolves.toEqual({
      userId: 1,
      userName: 'test1',
      accessToken: token,
    });
  });

  it.each([undefined, '', 'Bearer', 'Bearer ', 'Basic dGVzdDE6MTIzNDU2', 'Bearer a b', 'Bearer x'])(
    'refuses the header %p as unauthenticated',
    async (header) => {
      await expect(authenticator.authenticate(header)).rejects.toThrow(UnauthenticatedError);
    },
  );

  it('refuses the token of a user who no longer exists, within the cache time', async () => {
    const header = `Bearer ${await tokenOf(2)}`;
    await authenticator.authenticate(header);
    subjects.active.delete(2);
    await authenticator.authenticate(header); // still the cached answer
    jest.advanceTimersByTime(CACHE_MS);
    await expect(authenticator.authenticate(header)).rejects.toThrow(UnauthenticatedError);
    expect(subjects.isActive).toHaveBeenCalledTimes(2);
  });

  it('refuses an unknown user at once (nothing cached for it)', async () => {
    await expect(authenticator.authenticate(`Bearer ${await tokenOf(999999)}`)).rejects.toThrow(
      UnauthenticatedError,
    );
  });

  it('keeps the last answer while the users context is unreachable, else says UNAVAILABLE', async () => {
    const known = `Bearer ${await tokenOf(1)}`;
    await authenticator.authenticate(known);
    subjects.down = true;
    jest.advanceTimersByTime(CACHE_MS);
    await expect(authenticator.authenticate(known)).resolves.toMatchObject({ userId: 1 });
    const error = await authenticator
      .authenticate(`Bearer ${await tokenOf(2)}`)
      .catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('UNAVAILABLE');
  });

  it('refuses a revoked user at once: the revocation drops what was kept', async () => {
    const header = `Bearer ${await tokenOf(2)}`;
    const other = `Bearer ${await tokenOf(1)}`;
    await authenticator.authenticate(header);
    await authenticator.authenticate(other);
    subjects.active.delete(2);
    await new LocalAccessTokenRevocations(sessions).revokeUser(2);
    await expect(authenticator.authenticate(header)).rejects.toThrow(UnauthenticatedError);
    await authenticator.authenticate(other); // another user's answer stays kept
    expect(subjects.isActive).toHaveBeenCalledTimes(3);
  });

  it('asks again when a revocation lands while it asks (the answer may predate it)', async () => {
    const header = `Bearer ${await tokenOf(2)}`;
    let answered = 0;
    subjects.isActive.mockImplementation(async (userId: number) => {
      const active = subjects.active.has(userId);
      if (answered++ === 0) {
        // The first answer left the users context before the deletion committed.
        subjects.active.delete(2);
        sessions.forgetUser(2);
      }
      return active;
    });
    await expect(authenticator.authenticate(header)).rejects.toThrow(UnauthenticatedError);
    expect(subjects.isActive).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing while revocations cannot reach it', async () => {
    const header = `Bearer ${await tokenOf(1)}`;
    sessions.setListening(false);
    await authenticator.authenticate(header);
    await authenticator.authenticate(header);
    expect(subjects.isActive).toHaveBeenCalledTimes(2);
    sessions.setListening(true);
    await authenticator.authenticate(header);
    await authenticator.authenticate(header);
    expect(subjects.isActive).toHaveBeenCalledTimes(3);
  });
});
