import { MemoryCache } from '@nestmall/cache';
import { FakeVerificationClient, InMemoryUserMobiles, InMemoryUsers } from '@nestmall/testing';
import type { VerificationClient } from '@nestmall/verification';
import type { CommonPasswords } from '../domain/common-passwords.js';
import type { PasswordHasher } from '../domain/password-hasher.js';
import type { User } from '../domain/user.js';
import { ChangeMobile } from './change-mobile.js';
import { LogInByCode } from './log-in-by-code.js';
import { RegisterByCode } from './register-by-code.js';
import { RegisterUser } from './register-user.js';
import { RequestMobileChangeCode } from './request-mobile-change-code.js';
import { ResetPasswordByCode } from './reset-password-by-code.js';
import type { SessionTokens } from './session-tokens.js';

const hasher = {
  hash: async (password: string) => `hashed:${password}`,
  verify: async (hash: string, password: string) => hash === `hashed:${password}`,
  needsRehash: () => false,
} as unknown as PasswordHasher;
const commonPasswords = {
  size: 1,
  includes: (p: string) => p === 'password1',
} as unknown as CommonPasswords;

function user(id: number, mobile: string): User {
  const at = new Date('2026-11-30T00:00:00Z');
  return { id, name: `user${id}`, mobile, passwordHash: 'x', createdAt: at, updatedAt: at };
}

function setUp(rows: User[] = []) {
  const users = new InMemoryUsers(rows);
  const mobiles = new InMemoryUserMobiles(users);
  const fake = new FakeVerificationClient('123456');
  const verification = fake as unknown as VerificationClient;
  const cache = new MemoryCache();
  const started: number[] = [];
  const tokens = {
    start: async (u: User) => (started.push(u.id), { access_token: `token-${u.id}` }),
  } as unknown as SessionTokens;
  const registerUser = new RegisterUser(users, hasher, cache, commonPasswords);
  return {
    users,
    mobiles,
    fake,
    started,
    register: new RegisterByCode(users, mobiles, verification, registerUser),
    logIn: new LogInByCode(mobiles, verification, tokens),
    reset: new ResetPasswordByCode(mobiles, verification, hasher, commonPasswords, cache),
    requestChange: new RequestMobileChangeCode(users, mobiles, verification),
    change: new ChangeMobile(users, mobiles, verification, cache),
  };
}

const newUser = { name: 'alice_01', mobile: '13900139000', password: 'correct-horse-9' };

describe('RegisterByCode', () => {
  it('registers with the right register_by_mobile code', async () => {
    const { register, users, fake } = setUp();
    const view = await register.execute({ ...newUser, code: '123456' });
    expect(view).toMatchObject({ user_name: 'alice_01', user_mobile: '13900139000' });
    expect(users.rows).toHaveLength(1);
    expect(fake.checks).toEqual([
      { purpose: 'register_by_mobile', destination: '13900139000', subject: '' },
    ]);
  });

  it('refuses a taken number or name, or a bad field, without spending the code', async () => {
    const { register, fake } = setUp([user(1, '13900139000')]);
    await expect(register.execute({ ...newUser, code: '123456' })).rejects.toThrow(
      /user_mobile is already registered/,
    );
    await expect(
      register.execute({ ...newUser, name: 'user1', mobile: '13900139001', code: '123456' }),
    ).rejects.toThrow(/already taken/);
    await expect(register.execute({ ...newUser, mobile: '139', code: '123456' })).rejects.toThrow(
      /user_mobile/,
    );
    expect(fake.checks).toEqual([]);
  });

  it('creates nothing when the code is wrong', async () => {
    const { register, users } = setUp();
    await expect(register.execute({ ...newUser, code: '000000' })).rejects.toThrow(/code/);
    expect(users.rows).toHaveLength(0);
  });
});

describe('LogInByCode', () => {
  it('starts a session for the one account that holds the number', async () => {
    const { logIn, started } = setUp([user(1, '13900139000'), user(2, '13900139001')]);
    await logIn.execute({ mobile: '13900139001', code: '123456' });
    expect(started).toEqual([2]);
  });

  it('refuses a number no account or several accounts hold, and a wrong code', async () => {
    const { logIn, started } = setUp([user(1, '13800138000'), user(2, '13800138000')]);
    await expect(logIn.execute({ mobile: '13900139000', code: '123456' })).rejects.toThrow(
      /no account holds/,
    );
    await expect(logIn.execute({ mobile: '13800138000', code: '123456' })).rejects.toThrow(
      /several accounts/,
    );
    await expect(logIn.execute({ mobile: '13800138000', code: '654321' })).rejects.toThrow(
      /code is wrong/,
    );
    expect(started).toEqual([]);
  });
});

describe('ResetPasswordByCode', () => {
  it('stores the new hash and ends every session of the account', async () => {
    const { reset, users, mobiles } = setUp([user(1, '13900139000')]);
    await reset.execute({ mobile: '13900139000', code: '123456', newPassword: 'new-horse-77' });
    expect(users.rows[0].passwordHash).toBe('hashed:new-horse-77');
    expect(mobiles.revokedSessionsOf).toEqual([1]);
  });

  it('refuses a weak or common new password before spending the code', async () => {
    const { reset, fake } = setUp([user(1, '13900139000')]);
    await expect(
      reset.execute({ mobile: '13900139000', code: '123456', newPassword: 'short' }),
    ).rejects.toThrow(/new_password must be/);
    await expect(
      reset.execute({ mobile: '13900139000', code: '123456', newPassword: 'password1' }),
    ).rejects.toThrow(/new_password is one of/);
    expect(fake.checks).toEqual([]);
  });
});

describe('mobile change', () => {
  it('sends the code to the new number bound to the buyer, and changes it with that code', async () => {
    const { requestChange, change, fake, users } = setUp([user(7, '13900139000')]);
    await requestChange.execute(7, '13900139005', '10.0.0.1');
    expect(fake.issued).toEqual([
      {
        purpose: 'change_mobile',
        destination: '13900139005',
        subject: '7',
        clientAddress: '10.0.0.1',
      },
    ]);
    const view = await change.execute(7, '13900139005', '123456');
    expect(view.user_mobile).toBe('13900139005');
    expect(users.rows[0].mobile).toBe('13900139005');
    expect(fake.checks.at(-1)).toEqual({
      purpose: 'change_mobile',
      destination: '13900139005',
      subject: '7',
    });
  });

  it("refuses another account's number, the same number and a wrong code", async () => {
    const { requestChange, change, users } = setUp([
      user(7, '13900139000'),
      user(8, '13900139008'),
    ]);
    await expect(requestChange.execute(7, '13900139008', '10.0.0.1')).rejects.toThrow(
      /already registered/,
    );
    await expect(requestChange.execute(7, '13900139000', '10.0.0.1')).rejects.toThrow(
      /already the number/,
    );
    await expect(change.execute(7, '13900139009', '000000')).rejects.toThrow(/code is wrong/);
    expect(users.rows[0].mobile).toBe('13900139000');
  });
});
