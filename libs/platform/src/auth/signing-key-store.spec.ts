import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/config.schema.js';
import { UnauthenticatedError } from '../errors/domain-error.js';
import { AccessTokenSigner, AccessTokenVerifier } from './access-tokens.js';
import { SigningKeyStore } from './signing-key-store.js';
import { addSigningKey, readSigningKeys } from './signing-keys.js';

const config = { get: () => 600 } as unknown as ConfigService<AppConfig, true>;
const user = { id: 7, name: 'test7' };

describe('SigningKeyStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'keys-')), 'jwt-keys');
  });
  afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

  it('makes one key, mode 0600, when replicas start on an empty directory at once', async () => {
    const stores = await Promise.all(Array.from({ length: 8 }, () => SigningKeyStore.open(dir)));
    expect(new Set(stores.map((s) => s.signingKey.kid)).size).toBe(1);
    expect(await readdir(dir)).toEqual(['signing-key-000001.jwk.json']);
    expect((await stat(join(dir, 'signing-key-000001.jwk.json'))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('publishes only public parts, the kid being the RFC 7638 thumbprint', async () => {
    const store = await SigningKeyStore.open(dir);
    const { keys } = await store.jwks();
    expect(keys).toEqual([
      {
        kty: 'OKP',
        crv: 'Ed25519',
        x: expect.any(String),
        kid: store.signingKey.kid,
        alg: 'EdDSA',
        use: 'sig',
      },
    ]);
    expect(store.signingKey.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('only reads a directory that holds keys (a read-only Secret mount in Kubernetes)', async () => {
    const first = await SigningKeyStore.open(dir);
    const { mtimeMs } = await stat(dir);
    await new Promise((r) => setTimeout(r, 20));
    // Nothing written, not even a temporary file: the directory is unchanged.
    expect(await addSigningKey(dir, true)).toBe(false);
    const again = await SigningKeyStore.open(dir);
    expect(again.signingKey.kid).toBe(first.signingKey.kid);
    expect((await stat(dir)).mtimeMs).toBe(mtimeMs);
  });

  it('rotates: the newest key signs, the older still verifies what it signed', async () => {
    const before = await SigningKeyStore.open(dir);
    const oldToken = (await new AccessTokenSigner(before, config).sign(user)).token;
    expect(await addSigningKey(dir)).toBe(true);
    const after = await SigningKeyStore.open(dir);
    expect(after.signingKey.kid).not.toBe(before.signingKey.kid);
    expect((await after.jwks()).keys.map((k) => k.kid)).toEqual([
      before.signingKey.kid,
      after.signingKey.kid,
    ]);
    const verifier = new AccessTokenVerifier(after);
    await expect(verifier.verify(oldToken)).resolves.toMatchObject({ userId: 7 });
    const newToken = (await new AccessTokenSigner(after, config).sign(user)).token;
    await expect(verifier.verify(newToken)).resolves.toMatchObject({ userId: 7 });
    // A verifier holding another issuer's keys does not take the token.
    const stranger = await SigningKeyStore.open(join(dir, '..', 'stranger'));
    await expect(new AccessTokenVerifier(stranger).verify(newToken)).rejects.toThrow(
      UnauthenticatedError,
    );
  });

  it('publishes a key added by another process within seconds, still signing with its own', async () => {
    let now = 0;
    const running = await SigningKeyStore.open(dir, () => now);
    await addSigningKey(dir); // `npm run keys:rotate`, or a replica restarted on a new key
    const rotated = await SigningKeyStore.open(dir);
    const newToken = (await new AccessTokenSigner(rotated, config).sign(user)).token;
    expect((await running.jwks()).keys).toHaveLength(1);
    now += 5000;
    expect((await running.jwks()).keys.map((k) => k.kid)).toEqual([
      running.signingKey.kid,
      rotated.signingKey.kid,
    ]);
    await expect(new AccessTokenVerifier(running).verify(newToken)).resolves.toMatchObject({
      userId: 7,
    });
    expect(running.signingKey.kid).not.toBe(rotated.signingKey.kid);
  });

  it('numbers concurrent rotations apart, losing none', async () => {
    await SigningKeyStore.open(dir);
    await Promise.all(Array.from({ length: 5 }, () => addSigningKey(dir)));
    expect((await readSigningKeys(dir)).map((k) => k.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a key file that is not an Ed25519 private JWK, naming it', async () => {
    await SigningKeyStore.open(dir);
    await writeFile(join(dir, 'signing-key-000002.jwk.json'), '{"kty":"oct","k":"c2VjcmV0"}');
    await expect(SigningKeyStore.open(dir)).rejects.toThrow(/signing-key-000002.jwk.json is not/);
  });
});
