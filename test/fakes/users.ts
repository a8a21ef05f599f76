import type { User } from '../../libs/users/src/domain/user.js';
import { UserMobileRepository } from '../../libs/users/src/domain/user-mobile.repository.js';
import {
  DuplicateUserNameError,
  UserRepository,
  type UserPage,
  type UserToCreate,
} from '../../libs/users/src/domain/user.repository.js';

/** The users' repository in memory; records its calls, and can be told to misbehave. */
export class InMemoryUsers extends UserRepository {
  readonly rows: User[];
  readonly findByIdCalls: number[] = [];
  readonly pageCalls: Array<{ offset: number; limit: number }> = [];
  /** Set to make findByName miss while create still hits the unique index (the race). */
  blindFindByName = false;
  /** Set to make create fail as a broken database would. */
  createFailure?: Error;

  constructor(rows: User[] = []) {
    super();
    this.rows = [...rows];
  }

  async findById(id: number): Promise<User | null> {
    this.findByIdCalls.push(id);
    return this.rows.find((u) => u.id === id) ?? null;
  }

  async findByName(name: string): Promise<User | null> {
    if (this.blindFindByName) return null;
    return this.rows.find((u) => u.name === name) ?? null;
  }

  async page(offset: number, limit: number): Promise<UserPage> {
    this.pageCalls.push({ offset, limit });
    return { users: this.rows.slice(offset, offset + limit), total: this.rows.length };
  }

  async create(toCreate: UserToCreate): Promise<User> {
    if (this.createFailure) throw this.createFailure;
    if (this.rows.some((u) => u.name === toCreate.name)) throw new DuplicateUserNameError();
    const now = new Date('2026-03-04T05:06:07.000Z');
    const user = { id: this.rows.length + 1, ...toCreate, createdAt: now, updatedAt: now };
    this.rows.push(user);
    return user;
  }

  async replacePasswordHash(id: number, passwordHash: string): Promise<void> {
    const user = this.rows.find((u) => u.id === id);
    if (user) user.passwordHash = passwordHash;
  }
}

/** UserMobileRepository over the rows of an InMemoryUsers, recording the changes. */
export class InMemoryUserMobiles extends UserMobileRepository {
  readonly revokedSessionsOf: number[] = [];

  constructor(private readonly users: InMemoryUsers) {
    super();
  }

  async findByMobile(mobile: string): Promise<User[]> {
    return this.users.rows.filter((u) => u.mobile === mobile);
  }

  async changeMobile(id: number, mobile: string): Promise<void> {
    this.users.rows.find((u) => u.id === id)!.mobile = mobile;
  }

  async resetPassword(id: number, passwordHash: string): Promise<void> {
    this.users.rows.find((u) => u.id === id)!.passwordHash = passwordHash;
    this.revokedSessionsOf.push(id);
  }
}
