import { InvalidArgumentError, PermissionDeniedError } from '@nestmall/ports/platform';
import {
  FakePasswordHasher,
  FakeUnitOfWork,
  InMemoryRefreshTokens,
  InMemoryUsers,
  RecordingRevocations,
} from '@nestmall/testing';
import { CommonPasswords } from '../domain/common-passwords.js';
import { ChangePassword } from './change-password.js';
import { CurrentPassword } from './current-password.js';

class OneCommonPassword extends CommonPasswords {
  readonly size = 1;
  includes(password: string): boolean {
    return password === 'password1';
  }
}

async function setUp() {
  const hasher = new FakePasswordHasher();
  const now = new Date('2026-11-30T00:00:00Z');
  const users = new InMemoryUsers([
    {
      id: 3,
      name: 'alice_03',
      mobile: '13800138000',
      passwordHash: await hasher.hash('old-secret-1'),
      createdAt: now,
      updatedAt: now,
    },
  ]);
  const tokens = new InMemoryRefreshTokens();
  for (const [hash, userId, sessionId] of [
    ['h1', 3, 'this'],
    ['h2', 3, 'phone'],
    ['h3', 4, 'someone-else'],
  ] as const)
    await tokens.add({ tokenHash: hash, userId, sessionId, expiresAtMs: Date.now() + 60_000 });
  const revocations = new RecordingRevocations(tokens, 'phone');
  const changePassword = new ChangePassword(
    new CurrentPassword(users, hasher),
    users,
    tokens,
    hasher,
    new OneCommonPassword(),
    new FakeUnitOfWork(),
    revocations,
  );
  return { users, tokens, hasher, changePassword, revocations };
}

describe('ChangePassword', () => {
  it('stores the new hash and ends every other session of the user only', async () => {
    const { users, tokens, hasher, changePassword, revocations } = await setUp();
    await changePassword.execute({
      userId: 3,
      sessionId: 'this',
      currentPassword: 'old-secret-1',
      newPassword: 'new-secret-2',
    });
    // The verifiers are told once the other sessions are revoked.
    expect(revocations.revoked).toEqual([{ userId: 3, sessionLive: false }]);
    expect(await hasher.verify(users.rows[0].passwordHash, 'new-secret-2')).toBe(true);
    expect(await tokens.isSessionLive('this')).toBe(true);
    expect(await tokens.isSessionLive('phone')).toBe(false);
    expect(await tokens.isSessionLive('someone-else')).toBe(true);
  });

  it('refuses a wrong current password (403) and changes nothing', async () => {
    const { users, tokens, hasher, changePassword, revocations } = await setUp();
    const attempt = changePassword.execute({
      userId: 3,
      sessionId: 'this',
      currentPassword: 'guess-1234',
      newPassword: 'new-secret-2',
    });
    await expect(attempt).rejects.toThrow(PermissionDeniedError);
    await expect(attempt).rejects.toThrow(/current_password/);
    expect(await hasher.verify(users.rows[0].passwordHash, 'old-secret-1')).toBe(true);
    expect(await tokens.isSessionLive('phone')).toBe(true);
    expect(revocations.revoked).toEqual([]);
  });

  it.each([
    ['short1', /new_password/],
    ['password1', /new_password.*common/],
    ['old-secret-1', /differ/],
  ])('refuses the new password %s naming new_password', async (newPassword, message) => {
    const { changePassword } = await setUp();
    const attempt = changePassword.execute({
      userId: 3,
      currentPassword: 'old-secret-1',
      newPassword,
    });
    await expect(attempt).rejects.toThrow(InvalidArgumentError);
    await expect(attempt).rejects.toThrow(message);
  });
});
