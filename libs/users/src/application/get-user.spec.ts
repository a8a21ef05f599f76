import { MemoryCache, OffCache } from '@nestmall/cache';
import { InvalidArgumentError, NotFoundError } from '@nestmall/ports/platform';
import { UserNotFoundError } from '../domain/errors.js';
import type { User } from '../domain/user.js';
import { GetUser } from './get-user.js';
import { InMemoryUsers } from '@nestmall/testing';

const alice: User = {
  id: 7,
  name: 'alice_01',
  mobile: '13800138000',
  passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA',
  createdAt: new Date('2026-01-02T03:04:05.000Z'),
  updatedAt: new Date('2026-02-03T04:05:06.000Z'),
};

describe('GetUser', () => {
  let users: InMemoryUsers;
  let cache: MemoryCache;
  let getUser: GetUser;

  beforeEach(() => {
    users = new InMemoryUsers([alice]);
    cache = new MemoryCache();
    getUser = new GetUser(users, cache);
  });

  it('answers a known user as a snake_case view without the hash, the mobile masked', async () => {
    const view = await getUser.execute(7);
    expect(view).toStrictEqual({
      user_id: 7,
      user_name: 'alice_01',
      user_mobile: '138****8000',
      created_at: '2026-01-02T03:04:05.000Z',
      updated_at: '2026-02-03T04:05:06.000Z',
    });
    expect(JSON.stringify(view)).not.toContain('argon2');
  });

  it('refuses an unknown id with a NotFoundError naming the id', async () => {
    const failure = getUser.execute(8);
    await expect(failure).rejects.toBeInstanceOf(UserNotFoundError);
    await expect(failure).rejects.toBeInstanceOf(NotFoundError);
    await expect(failure).rejects.toThrow('user 8 not found');
  });

  it.each([0, -1, 1.5, 2 ** 31, Number.NaN])(
    'refuses id %p with an InvalidArgumentError, without asking the repository',
    async (id) => {
      const failure = getUser.execute(id);
      await expect(failure).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(failure).rejects.toThrow(/^user_id must be an integer from 1 to 2147483647$/);
      expect(users.findByIdCalls).toEqual([]);
    },
  );

  it('accepts the largest 32-bit id, 2^31 - 1', async () => {
    await expect(getUser.execute(2 ** 31 - 1)).rejects.toBeInstanceOf(UserNotFoundError);
    expect(users.findByIdCalls).toEqual([2 ** 31 - 1]);
  });

  describe('with the cache', () => {
    it('answers a second read from the cache, a copy equal to the first', async () => {
      const first = await getUser.execute(7);
      const second = await getUser.execute(7);
      expect(second).toStrictEqual(first);
      expect(users.findByIdCalls).toEqual([7]);
    });

    it('caches the view, never the password hash', async () => {
      const stored: string[] = [];
      class Spy extends MemoryCache {
        override getOrLoad<T>(key: string, ttl: number, load: () => Promise<T | null>) {
          return super.getOrLoad(key, ttl, async () => {
            const value = await load();
            stored.push(JSON.stringify(value));
            return value;
          });
        }
      }
      await new GetUser(users, new Spy()).execute(7);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toContain('"user_name":"alice_01"');
      expect(stored[0]).not.toMatch(/argon2|passwordHash|hash/);
    });

    it('does not cache an unknown id: it is asked for again', async () => {
      await expect(getUser.execute(8)).rejects.toBeInstanceOf(UserNotFoundError);
      await expect(getUser.execute(8)).rejects.toBeInstanceOf(UserNotFoundError);
      expect(users.findByIdCalls).toEqual([8, 8]);
      expect(cache.size).toBe(0);
    });

    it('reads the repository every time when the cache is off', async () => {
      const uncached = new GetUser(users, new OffCache());
      await uncached.execute(7);
      await uncached.execute(7);
      expect(users.findByIdCalls).toEqual([7, 7]);
    });
  });
});
