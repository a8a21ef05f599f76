import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { ConfigService } from '@nestjs/config';
import type { JSONWebKeySet } from 'jose';
import type { AppConfig } from '../config/config.schema.js';
import { DomainError, UnauthenticatedError } from '../errors/domain-error.js';
import { AccessTokenSigner, AccessTokenVerifier } from './access-tokens.js';
import { RemoteJwks } from './remote-jwks.js';
import { SigningKeyStore } from './signing-key-store.js';
import { addSigningKey } from './signing-keys.js';

const config = { get: () => 600 } as unknown as ConfigService<AppConfig, true>;
const user = { id: 3, name: 'test3' };
const OPTIONS = { maxAgeMs: 60_000, cooldownMs: 10_000 };

/** The issuer's side: its key directory, and a JWKS "RPC" that can be made to fail. */
class FakeIssuer {
  down = false;
  readonly fetchJwks = jest.fn(async (): Promise<JSONWebKeySet> => {
    if (this.down) throw new Error('UserService is unavailable');
    return (await SigningKeyStore.open(this.dir)).jwks();
  });
  constructor(readonly dir: string) {}
  async token(): Promise<string> {
    return (await new AccessTokenSigner(await SigningKeyStore.open(this.dir), config).sign(user))
      .token;
  }
}

describe('RemoteJwks', () => {
  let dir: string;
  let issuer: FakeIssuer;
  let now: number;
  let verifier: AccessTokenVerifier;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'remote-jwks-'));
    issuer = new FakeIssuer(dir);
    now = 1_000_000;
    verifier = new AccessTokenVerifier(new RemoteJwks(issuer.fetchJwks, OPTIONS, () => now));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('fetches the JWKS once and verifies from the copy it holds', async () => {
    const token = await issuer.token();
    for (let i = 0; i < 5; i++)
      await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 3 });
    expect(issuer.fetchJwks).toHaveBeenCalledTimes(1);
  });

  it('refetches on an unknown kid (a rotation) and then accepts the new key', async () => {
    await verifier.verify(await issuer.token());
    await addSigningKey(dir);
    now += OPTIONS.cooldownMs;
    await expect(verifier.verify(await issuer.token())).resolves.toMatchObject({ userId: 3 });
    expect(issuer.fetchJwks).toHaveBeenCalledTimes(2);
  });

  it('refetches for unknown kids at most once per cooldown', async () => {
    await verifier.verify(await issuer.token());
    const stranger = new FakeIssuer(await mkdtemp(join(tmpdir(), 'stranger-')));
    const forged = await stranger.token();
    now += OPTIONS.cooldownMs;
    for (let i = 0; i < 10; i++)
      await expect(verifier.verify(forged)).rejects.toThrow(UnauthenticatedError);
    expect(issuer.fetchJwks).toHaveBeenCalledTimes(2);
    now += OPTIONS.cooldownMs;
    await expect(verifier.verify(forged)).rejects.toThrow(UnauthenticatedError);
    expect(issuer.fetchJwks).toHaveBeenCalledTimes(3);
    await rm(stranger.dir, { recursive: true, force: true });
  });

  it('keeps verifying on the keys it holds while the issuer is down', async () => {
    const token = await issuer.token();
    await verifier.verify(token);
    issuer.down = true;
    now += OPTIONS.maxAgeMs; // the copy is stale: it tries to refetch, fails, keeps the copy
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 3 });
    expect(issuer.fetchJwks).toHaveBeenCalledTimes(2);
    issuer.down = false;
    now += OPTIONS.cooldownMs;
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 3 });
    expect(issuer.fetchJwks).toHaveBeenCalledTimes(3);
  });

  it('answers UNAVAILABLE, not 401, when it never had the keys', async () => {
    issuer.down = true;
    const error = await verifier.verify(await issuer.token()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('UNAVAILABLE');
  });

  it('shares one fetch among concurrent first verifications', async () => {
    const token = await issuer.token();
    await Promise.all(Array.from({ length: 20 }, () => verifier.verify(token)));
    expect(issuer.fetchJwks).toHaveBeenCalledTimes(1);
  });
});
