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

  it('uses at least the OWASP minimum cost (19 MiB, 2 passes)', () => {
    const { m, t, p } = params(hash);
    expect(m).toBeGreaterThanOrEqual(19_456);
    expect(t).toBeGreaterThanOrEqual(2);
    expect(p).toBeGreaterThanOrEqual(1);
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
