import { InvalidArgumentError, PrimaryOnlyReads } from '@nestmall/ports/platform';
import type { User } from '../domain/user.js';
import { ListUsers } from './list-users.js';
import { InMemoryUsers } from '@nestmall/testing';

function user(id: number): User {
  return {
    id,
    name: `test${id}`,
    mobile: `138${String(id).padStart(8, '0')}`,
    passwordHash: `$argon2id$v=19$m=65536,t=3,p=4$salt${id}$secret-hash-${id}`,
    createdAt: new Date(Date.UTC(2026, 0, id)),
    updatedAt: new Date(Date.UTC(2026, 1, id)),
  };
}

describe('ListUsers', () => {
  const rows = Array.from({ length: 23 }, (_, i) => user(i + 1));
  let users: InMemoryUsers;
  let listUsers: ListUsers;

  beforeEach(() => {
    users = new InMemoryUsers(rows);
    listUsers = new ListUsers(users, new PrimaryOnlyReads());
  });

  it('reads page 1 of 10 users when neither is given', async () => {
    const page = await listUsers.execute({});
    expect(users.pageCalls).toEqual([{ offset: 0, limit: 10 }]);
    expect(page.page_num).toBe(1);
    expect(page.page_size).toBe(10);
    expect(page.total).toBe(23);
    expect(page.users.map((u) => u.user_id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each([
    [1, 5, 0],
    [2, 5, 5],
    [3, 10, 20],
    [5, 100, 400],
  ])('page_num %p of size %p starts at offset %p', async (pageNum, pageSize, offset) => {
    const page = await listUsers.execute({ pageNum, pageSize });
    expect(users.pageCalls).toEqual([{ offset, limit: pageSize }]);
    expect(page).toMatchObject({ page_num: pageNum, page_size: pageSize, total: 23 });
  });

  it('answers the last, partial page with the full total', async () => {
    const page = await listUsers.execute({ pageNum: 3, pageSize: 10 });
    expect(page.users.map((u) => u.user_id)).toEqual([21, 22, 23]);
    expect(page.total).toBe(23);
  });

  // proto3 sends 0 for an int32 the caller left out (GrpcUsersClient sends `?? 0` on purpose),
  // so 0 here means "not given"; the HTTP edge refuses an explicit 0 in PageQuery.
  it('takes 0 as "not given", as proto3 sends it: page 1, size 10', async () => {
    const page = await listUsers.execute({ pageNum: 0, pageSize: 0 });
    expect(users.pageCalls).toEqual([{ offset: 0, limit: 10 }]);
    expect(page).toMatchObject({ page_num: 1, page_size: 10 });
  });

  it.each([
    [{ pageSize: 101 }, /^page_size must be an integer from 1 to 100$/],
    [{ pageSize: -1 }, /^page_size must be an integer from 1 to 100$/],
    [{ pageSize: 2.5 }, /^page_size must be an integer from 1 to 100$/],
    [{ pageNum: -1 }, /^page_num must be an integer from 1 to 2147483647$/],
    [{ pageNum: 1.5 }, /^page_num must be an integer from 1 to 2147483647$/],
    [{ pageNum: 2 ** 31 }, /^page_num must be an integer from 1 to 2147483647$/],
  ])('refuses %j naming the field, without reading a page', async (query, message) => {
    const failure = listUsers.execute(query);
    await expect(failure).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(failure).rejects.toThrow(message);
    expect(users.pageCalls).toEqual([]);
  });

  it('accepts page_size 100, the largest allowed', async () => {
    const page = await listUsers.execute({ pageSize: 100 });
    expect(users.pageCalls).toEqual([{ offset: 0, limit: 100 }]);
    expect(page.users).toHaveLength(23);
  });

  it('maps each user to a snake_case view with no hash, the mobile masked', async () => {
    const page = await listUsers.execute({ pageNum: 1, pageSize: 2 });
    expect(page.users).toStrictEqual([
      {
        user_id: 1,
        user_name: 'test1',
        user_mobile: '138****0001',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-02-01T00:00:00.000Z',
      },
      {
        user_id: 2,
        user_name: 'test2',
        user_mobile: '138****0002',
        created_at: '2026-01-02T00:00:00.000Z',
        updated_at: '2026-02-02T00:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(page)).not.toMatch(/secret-hash|argon2|passwordHash/);
  });
});
