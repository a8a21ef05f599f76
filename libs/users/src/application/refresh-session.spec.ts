import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigService } from '@nestjs/config';
import { decodeJwt } from 'jose';
import {
  AccessTokenSigner,
  SigningKeyStore,
  UnauthenticatedError,
  type AppConfig,
} from '@nestmall/platform';
import { InMemoryRefreshTokens } from '@nestmall/testing';
import type { User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { CheckUserActive } from './check-user-active.js';
import { LogOut } from './log-out.js';
import { RefreshSession } from './refresh-session.js';
import { SessionTokens } from './session-tokens.js';

const config = {
  get: (key: keyof AppConfig) => (key === 'REFRESH_TOKEN_EXPIRES_IN' ? 3600 : 600),
} as unknown as ConfigService<AppConfig, true>;

const alice: User = {
  id: 9,
  name: 'alice_09',
  mobile: '13800138000',
  passwordHash: 'unused',
  createdAt: new Date(),
  updatedAt: new Date(),
};
const users = {
  findById: async (id: number) => (id === alice.id ? alice : null),
} as unknown as UserRepository;

describe('refresh tokens: rotation, reuse detection, log-out', () => {
  let dir: string;
  let store: InMemoryRefreshTokens;
  let tokens: SessionTokens;
  let refresh: RefreshSession;
  let logOut: LogOut;
  let active: CheckUserActive;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'refresh-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    store = new InMemoryRefreshTokens();
    const signer = new AccessTokenSigner(await SigningKeyStore.open(dir), config);
    tokens = new SessionTokens(signer, store, config);
    refresh = new RefreshSession(store, users, tokens);
    logOut = new LogOut(store);
    active = new CheckUserActive(users, store);
  });

  const sid = (accessToken: string) => decodeJwt(accessToken).sid as string;

  it('exchanges a refresh token once for a new pair of the same session', async () => {
    const first = await tokens.start(alice);
    const second = await refresh.execute(first.refresh_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(sid(second.access_token)).toBe(sid(first.access_token));
    const third = await refresh.execute(second.refresh_token);
    expect(sid(third.access_token)).toBe(sid(first.access_token));
    expect(await active.execute(alice.id, sid(third.access_token))).toBe(true);
  });

  it('revokes the whole session when a used refresh token comes back (reuse)', async () => {
    const first = await tokens.start(alice);
    const second = await refresh.execute(first.refresh_token);
    await expect(refresh.execute(first.refresh_token)).rejects.toThrow(/already used/);
    // The thief's copy and the user's newer token are both dead, and so are its access tokens.
    await expect(refresh.execute(second.refresh_token)).rejects.toThrow(UnauthenticatedError);
    expect(await active.execute(alice.id, sid(second.access_token))).toBe(false);
  });

  it('lets only one of two concurrent exchanges of one token win, and revokes the session', async () => {
    const first = await tokens.start(alice);
    const results = await Promise.allSettled([
      refresh.execute(first.refresh_token),
      refresh.execute(first.refresh_token),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await active.execute(alice.id, sid(first.access_token))).toBe(false);
  });

  it('logs out: the session refuses its refresh and access tokens; other sessions live on', async () => {
    const phone = await tokens.start(alice);
    const laptop = await tokens.start(alice);
    await logOut.execute(phone.refresh_token);
    await expect(refresh.execute(phone.refresh_token)).rejects.toThrow(UnauthenticatedError);
    expect(await active.execute(alice.id, sid(phone.access_token))).toBe(false);
    expect(await active.execute(alice.id, sid(laptop.access_token))).toBe(true);
    await expect(refresh.execute(laptop.refresh_token)).resolves.toMatchObject({
      token_type: 'Bearer',
    });
  });

  it('refuses unknown, malformed and expired refresh tokens alike', async () => {
    for (const token of ['x'.repeat(43), 'short', '', 'a'.repeat(43) + '!'])
      await expect(refresh.execute(token)).rejects.toThrow(
        'the refresh token is invalid or expired',
      );
    const pair = await tokens.start(alice);
    for (const row of store.rows.values()) row.expiresAtMs = Date.now() - 1;
    await expect(refresh.execute(pair.refresh_token)).rejects.toThrow(
      'the refresh token is invalid or expired',
    );
  });

  it('answers log-out of an unknown token without error (nothing to probe)', async () => {
    await expect(logOut.execute('y'.repeat(43))).resolves.toBeUndefined();
  });
});
