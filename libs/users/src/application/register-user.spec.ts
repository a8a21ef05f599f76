import { MemoryCache } from '@nestmall/cache';
import { AlreadyExistsError, InvalidArgumentError } from '@nestmall/ports/platform';
import { UserNameTakenError } from '../domain/errors.js';
import { CommonPasswords } from '../domain/common-passwords.js';
import type { NewUser } from '../domain/user.js';
import { RegisterUser } from './register-user.js';
import { FakePasswordHasher as FakeHasher, InMemoryUsers } from '@nestmall/testing';

/** A list of two, so the spec says which passwords are common without a real list. */
class TwoCommonPasswords extends CommonPasswords {
  readonly size = 2;
  includes(password: string): boolean {
    return ['password1', 'qwerty123'].includes(password.toLowerCase());
  }
}

const valid: NewUser = { name: 'alice_01', mobile: '13800138000', password: 'correct-horse-9' };

describe('RegisterUser', () => {
  let users: InMemoryUsers;
  let hasher: FakeHasher;
  let cache: MemoryCache;
  let registerUser: RegisterUser;

  beforeEach(() => {
    users = new InMemoryUsers();
    hasher = new FakeHasher();
    cache = new MemoryCache();
    registerUser = new RegisterUser(users, hasher, cache, new TwoCommonPasswords());
  });

  it("drops whatever the cache holds under the new user's id", async () => {
    await cache.getOrLoad('users:view:v2:1', 60, async () => ({ user_name: 'someone_else' }));
    const view = await registerUser.execute(valid);
    expect(view.user_id).toBe(1);
    expect(
      await cache.getOrLoad('users:view:v2:1', 60, async () => ({ user_name: 'reloaded' })),
    ).toEqual({ user_name: 'reloaded' });
  });

  it('stores the hash of the password, never the password itself', async () => {
    await registerUser.execute(valid);
    expect(hasher.hashed).toEqual(['correct-horse-9']);
    expect(users.rows).toHaveLength(1);
    const stored = users.rows[0];
    expect(stored.passwordHash).toBe(await hasher.hash('correct-horse-9'));
    expect(JSON.stringify(stored)).not.toContain('correct-horse-9');
    expect(await hasher.verify(stored.passwordHash, 'correct-horse-9')).toBe(true);
  });

  it('answers the new user as a view without the hash, the mobile whole (they gave it)', async () => {
    const view = await registerUser.execute(valid);
    expect(view).toStrictEqual({
      user_id: 1,
      user_name: 'alice_01',
      user_mobile: '13800138000',
      created_at: '2026-03-04T05:06:07.000Z',
      updated_at: '2026-03-04T05:06:07.000Z',
    });
  });

  it('refuses a name findByName already finds, before hashing', async () => {
    await registerUser.execute(valid);
    hasher.hashed.length = 0;
    const failure = registerUser.execute({ ...valid, mobile: '13900139000' });
    await expect(failure).rejects.toBeInstanceOf(UserNameTakenError);
    await expect(failure).rejects.toThrow('user_name "alice_01" is already taken');
    expect(hasher.hashed).toEqual([]);
    expect(users.rows).toHaveLength(1);
  });

  it('refuses the name when the unique index does (two registrations racing)', async () => {
    await registerUser.execute(valid);
    users.blindFindByName = true;
    const failure = registerUser.execute({ ...valid, mobile: '13900139000' });
    await expect(failure).rejects.toBeInstanceOf(UserNameTakenError);
    await expect(failure).rejects.toBeInstanceOf(AlreadyExistsError);
    expect(users.rows).toHaveLength(1);
  });

  it('lets any other repository failure through unchanged', async () => {
    const diskFull = new Error('disk full');
    users.createFailure = diskFull;
    await expect(registerUser.execute(valid)).rejects.toBe(diskFull);
  });

  it.each([
    ['user_name', { name: 'ab' }],
    ['user_name', { name: '9lives' }],
    ['user_name', { name: 'has space' }],
    ['user_mobile', { mobile: '12345' }],
    ['user_mobile', { mobile: '12800138000' }],
    ['password', { password: 'short1' }],
    ['password', { password: 'lettersonly' }],
    ['password', { password: '1234567890' }],
  ])('refuses a bad %s (%j) naming the field, storing nothing', async (field, change) => {
    const failure = registerUser.execute({ ...valid, ...change });
    await expect(failure).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(failure).rejects.toThrow(new RegExp(`^${field} must `));
    expect(hasher.hashed).toEqual([]);
    expect(users.rows).toEqual([]);
  });

  it.each(['password1', 'QWERTY123'])(
    'refuses the common password %p naming the field, storing nothing',
    async (password) => {
      const failure = registerUser.execute({ ...valid, password });
      await expect(failure).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(failure).rejects.toThrow(
        /^password is one of the 2 most common passwords in breaches .*: choose another$/,
      );
      expect(hasher.hashed).toEqual([]);
      expect(users.rows).toEqual([]);
    },
  );
});
