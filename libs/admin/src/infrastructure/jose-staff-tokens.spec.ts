import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AccessTokenSigner,
  AccessTokenVerifier,
  SigningKeyStore,
  type AppConfig,
} from '@nestmall/platform';
import { fakeConfig } from '@nestmall/testing';
import type { AdminConfig } from '../admin.config.js';
import { JoseStaffTokens } from './jose-staff-tokens.js';

/**
 * Staff and buyer tokens on real keys: each kind passes its own check only, even when both are
 * signed by the same key (the audience differs).
 */
describe('JoseStaffTokens', () => {
  let dir: string;
  let staffTokens: JoseStaffTokens;
  let buyerKeys: SigningKeyStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'staff-tokens-'));
    staffTokens = new JoseStaffTokens(
      fakeConfig<AppConfig & AdminConfig>({
        ADMIN_KEYS_DIR: join(dir, 'staff'),
        JWT_EXPIRES_IN: 60,
      }),
    );
    await staffTokens.onModuleInit();
    buyerKeys = await SigningKeyStore.open(join(dir, 'buyers'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const buyerSigner = (keys: SigningKeyStore) =>
    new AccessTokenSigner(keys, fakeConfig<AppConfig>({ JWT_EXPIRES_IN: 60 }));

  it('verifies its own tokens to the staff id', async () => {
    const { token, expiresIn } = await staffTokens.issue({ id: 7, email: 'a@b.cd' });
    expect(expiresIn).toBe(60);
    expect(await staffTokens.verify(token)).toBe(7);
  });

  it("refuses a buyer's token, signed by the users' keys", async () => {
    const { token } = await buyerSigner(buyerKeys).sign({ id: 7, name: 'test1' });
    await expect(staffTokens.verify(token)).rejects.toThrow(/invalid or expired/);
  });

  it("refuses a buyer's token even signed by the staff keys: the audience differs", async () => {
    const staffKeys = await SigningKeyStore.open(join(dir, 'staff'));
    const { token } = await buyerSigner(staffKeys).sign({ id: 7, name: 'test1' });
    await expect(staffTokens.verify(token)).rejects.toThrow(/invalid or expired/);
  });

  it("is refused by the buyers' verifier, whichever keys it trusts", async () => {
    const { token } = await staffTokens.issue({ id: 7, email: 'a@b.cd' });
    await expect(new AccessTokenVerifier(buyerKeys).verify(token)).rejects.toThrow(
      /invalid or expired/,
    );
    const staffKeys = await SigningKeyStore.open(join(dir, 'staff'));
    await expect(new AccessTokenVerifier(staffKeys).verify(token)).rejects.toThrow(
      /invalid or expired/,
    );
  });

  it('refuses garbage and a tampered token', async () => {
    const { token } = await staffTokens.issue({ id: 7, email: 'a@b.cd' });
    await expect(staffTokens.verify('not.a.token')).rejects.toThrow(/invalid or expired/);
    await expect(staffTokens.verify(`${token.slice(0, -2)}xx`)).rejects.toThrow(
      /invalid or expired/,
    );
  });
});
