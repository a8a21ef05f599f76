import argon2 from 'argon2';
import { Argon2PasswordHasher } from './argon2-password-hasher.js';

describe('Argon2PasswordHasher', () => {
  const hasher = new Argon2PasswordHasher();
  const password = 'correct-horse-9';
  let hash: string;

  beforeAll(async () => {
    hash = await hasher.hash(password);
  });

  /** The `m=...,t=...,p=...` field of a PHC string, in whatever order the library writes it. */
  function params(phc: string): Record<string, number> {
    const field = phc.split('$')[3] ?? '';
    return Object.fromEntries(
      field.split(',').map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])]),
    );
  }

  it('makes an argon2id hash in the PHC string format', () => {
    expect(hash).toMatch(/^\$argon2id\$v=19\$[mtp=\d,]+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(hash).not.toContain(password);
  });

  it("uses OWASP's first argon2id row: 19 MiB, 2 passes, 1 lane", () => {
    expect(params(hash)).toEqual({ m: 19_456, t: 2, p: 1 });
  });

  it('does not ask to rehash its own hashes', () => {
    expect(hasher.needsRehash(hash)).toBe(false);
  });

  describe('a hash made with the earlier parameters (the library default, 64 MiB, t=3, p=4)', () => {
    let old: string;
    beforeAll(async () => {
      old = await argon2.hash(password, { type: argon2.argon2id });
      expect(params(old)).toEqual({ m: 65_536, t: 3, p: 4 });
    });

    it('still verifies, since argon2 reads the parameters from the hash', async () => {
      expect(await hasher.verify(old, password)).toBe(true);
      expect(await hasher.verify(old, 'wrong-horse-9')).toBe(false);
    });

    it('asks to be rehashed', () => {
      expect(hasher.needsRehash(old)).toBe(true);
    });
  });

  it('does not ask to rehash what is not an argon2 hash', () => {
    expect(hasher.needsRehash('not-a-hash')).toBe(false);
  });

  it('salts: two hashes of the same password differ, and both verify', async () => {
    const again = await hasher.hash(password);
    expect(again).not.toBe(hash);
    expect(await hasher.verify(again, password)).toBe(true);
  });

  it('verifies the right password', async () => {
    expect(await hasher.verify(hash, password)).toBe(true);
  });

  it.each(['wrong-horse-9', 'correct-horse-', 'Correct-horse-9', ''])(
    'does not verify %p',
    async (other) => {
      expect(await hasher.verify(hash, other)).toBe(false);
    },
  );

  it.each([
    ['an empty string', ''],
    ['plain text', 'not-a-hash'],
    ['a truncated hash', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ'],
    ['a bcrypt hash', '$2b$10$abcdefghijklmnopqrstuu5vR0uZ1Q9Zb7oV5z1lqM2rYV2m7sUa'],
  ])('answers false, not a throw, for %s as the stored hash', async (_case, malformed) => {
    await expect(hasher.verify(malformed, password)).resolves.toBe(false);
  });
});
