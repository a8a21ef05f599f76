import { MemoryCache } from '@nestmall/cache';
import { PermissionDeniedError } from '@nestmall/ports/platform';
import {
  FakePasswordHasher,
  FakeUnitOfWork,
  fakeConfig,
  InMemoryAddressBooks,
  InMemoryRefreshTokens,
  InMemoryUsers,
  RecordingRevocations,
} from '@nestmall/testing';
import type { UsersConfig } from '../users.config.js';
import { AnonymiseDeletedUsers } from './anonymise-deleted-users.js';
import { CheckUserActive } from './check-user-active.js';
import { CurrentPassword } from './current-password.js';
import { DeleteAccount } from './delete-account.js';

async function setUp() {
  const hasher = new FakePasswordHasher();
  const at = new Date('2026-11-01T00:00:00Z');
  const users = new InMemoryUsers([
    {
      id: 3,
      name: 'alice_03',
      mobile: '13800138000',
      passwordHash: await hasher.hash('secret-123'),
      nickname: 'Alice',
      email: 'alice@example.com',
      createdAt: at,
      updatedAt: at,
    },
  ]);
  const tokens = new InMemoryRefreshTokens();
  await tokens.add({ tokenHash: 'h', userId: 3, sessionId: 's', expiresAtMs: Date.now() + 1e6 });
  const books = new InMemoryAddressBooks();
  books.books.set(3, { version: 1, addresses: [] });
  const unitOfWork = new FakeUnitOfWork();
  const cache = new MemoryCache({ maxEntries: 10, defaultTtlSeconds: 60 });
  const revocations = new RecordingRevocations(tokens, 's');
  const deleteAccount = new DeleteAccount(
    new CurrentPassword(users, hasher),
    users,
    tokens,
    cache,
    unitOfWork,
    revocations,
  );
  const anonymise = new AnonymiseDeletedUsers(
    users,
    books,
    unitOfWork,
    fakeConfig<UsersConfig>({ USER_DATA_RETENTION_DAYS: 30 }),
  );
  return { users, tokens, books, deleteAccount, anonymise, revocations };
}

describe('DeleteAccount and AnonymiseDeletedUsers', () => {
  it('deletes softly: the user and the session are no longer active', async () => {
    const { users, tokens, deleteAccount, revocations } = await setUp();
    await deleteAccount.execute(3, 'secret-123');
    const active = new CheckUserActive(users, tokens);
    expect(await active.execute(3, 's')).toBe(false);
    expect(await tokens.isSessionLive('s')).toBe(false);
    // The verifiers are told once the sessions are revoked, not before.
    expect(revocations.revoked).toEqual([{ userId: 3, sessionLive: false }]);
    expect(users.deleted.get(3)?.user.name).toBe('alice_03');
  });

  it('refuses a wrong password and deletes nothing', async () => {
    const { users, deleteAccount, revocations } = await setUp();
    await expect(deleteAccount.execute(3, 'nope-1234')).rejects.toThrow(PermissionDeniedError);
    expect(users.rows.map((u) => u.id)).toEqual([3]);
    expect(revocations.revoked).toEqual([]);
  });

  it('erases the personal data after the retention period only', async () => {
    const { users, books, deleteAccount, anonymise } = await setUp();
    await deleteAccount.execute(3, 'secret-123');
    const deletedAt = users.deleted.get(3)!.at.getTime();
    expect(await anonymise.execute(new Date(deletedAt + 29 * 86_400_000))).toBe(0);
    expect(users.deleted.get(3)?.user.name).toBe('alice_03');
    expect(await anonymise.execute(new Date(deletedAt + 31 * 86_400_000))).toBe(1);
    expect(users.deleted.get(3)?.user).toMatchObject({
      id: 3,
      name: 'deleted_3',
      mobile: '',
      nickname: null,
      email: null,
    });
    expect(books.books.has(3)).toBe(false);
    expect(await anonymise.execute(new Date(deletedAt + 32 * 86_400_000))).toBe(0);
  });
});
