import { InvalidArgumentError, NotFoundError } from '@nestmall/platform';
import { UserNotFoundError } from '../domain/errors.js';
import type { User } from '../domain/user.js';
import { UserRepository, type UserPage, type UserToCreate } from '../domain/user.repository.js';
import { GetUser } from './get-user.js';

class InMemoryUsers extends UserRepository {
  readonly findByIdCalls: number[] = [];

  constructor(private readonly rows: User[]) {
    super();
  }

  async findById(id: number): Promise<User | null> {
    this.findByIdCalls.push(id);
    return this.rows.find((u) => u.id === id) ?? null;
  }

  async findByName(name: string): Promise<User | null> {
    return this.rows.find((u) => u.name === name) ?? null;
  }

  async page(offset: number, limit: number): Promise<UserPage> {
    return { users: this.rows.slice(offset, offset + limit), total: this.rows.length };
  }

  async create(_user: UserToCreate): Promise<User> {
    throw new Error('not used by GetUser');
  }
}

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
  let getUser: GetUser;

  beforeEach(() => {
    users = new InMemoryUsers([alice]);
    getUser = new GetUser(users);
  });

  it('answers a known user as a snake_case view without the hash', async () => {
    const view = await getUser.execute(7);
    expect(view).toStrictEqual({
      user_id: 7,
      user_name: 'alice_01',
      user_mobile: '13800138000',
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
});
