import { AccessTokenRevocations } from '../../libs/platform/src/auth/access-token-revocations.js';
import {
  AddressBook,
  AddressBookChangedConcurrentlyError,
  type ShippingAddress,
} from '../../libs/users/src/domain/address-book.js';
import { AddressBookRepository } from '../../libs/users/src/domain/address-book.repository.js';
import { PasswordHasher } from '../../libs/users/src/domain/password-hasher.js';
import type { ProfileChange } from '../../libs/users/src/domain/profile.js';
import {
  RefreshTokenRepository,
  type RefreshTokenRecord,
} from '../../libs/users/src/domain/refresh-token.repository.js';
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

  /** Soft-deleted users (findById no longer sees them), with when. */
  readonly deleted = new Map<number, { user: User; at: Date; anonymisedAt?: Date }>();

  async changePassword(id: number, passwordHash: string, now: Date): Promise<void> {
    const user = this.rows.find((u) => u.id === id);
    if (user) Object.assign(user, { passwordHash, updatedAt: now });
  }

  async updateProfile(id: number, change: ProfileChange, now: Date): Promise<void> {
    const user = this.rows.find((u) => u.id === id);
    if (user) Object.assign(user, change, { updatedAt: now });
  }

  async softDelete(id: number, now: Date): Promise<void> {
    const index = this.rows.findIndex((u) => u.id === id);
    if (index < 0) return;
    const [user] = this.rows.splice(index, 1);
    this.deleted.set(id, { user, at: now });
  }

  async deletedBefore(cutoff: Date, limit: number): Promise<number[]> {
    return [...this.deleted.entries()]
      .filter(([, d]) => !d.anonymisedAt && d.at < cutoff)
      .map(([id]) => id)
      .slice(0, limit);
  }

  async anonymise(id: number, now: Date): Promise<void> {
    const entry = this.deleted.get(id);
    if (!entry) return;
    const name = `deleted_${id}`;
    Object.assign(entry.user, { name, mobile: '', passwordHash: '!' });
    Object.assign(entry.user, { nickname: null, avatarUrl: null, email: null });
    entry.anonymisedAt = now;
  }
}

/** Refresh tokens in memory, with the TypeORM repository's contract. */
export class InMemoryRefreshTokens extends RefreshTokenRepository {
  readonly rows = new Map<string, RefreshTokenRecord>();
  async add(record: Omit<RefreshTokenRecord, 'usedAtMs' | 'revoked'>): Promise<void> {
    this.rows.set(record.tokenHash, { ...record, usedAtMs: null, revoked: false });
  }
  async findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    const row = this.rows.get(tokenHash);
    return row ? { ...row } : null;
  }
  async markUsed(tokenHash: string, nowMs: number): Promise<boolean> {
    const row = this.rows.get(tokenHash);
    if (!row || row.usedAtMs !== null) return false;
    row.usedAtMs = nowMs;
    return true;
  }
  async revokeSession(sessionId: string): Promise<void> {
    for (const row of this.rows.values()) if (row.sessionId === sessionId) row.revoked = true;
  }
  async revokeUserSessions(userId: number, keepSessionId?: string): Promise<void> {
    for (const row of this.rows.values())
      if (row.userId === userId && row.sessionId !== keepSessionId) row.revoked = true;
  }
  async isSessionLive(sessionId: string): Promise<boolean> {
    const rows = [...this.rows.values()].filter((r) => r.sessionId === sessionId);
    return rows.length > 0 && rows.every((r) => !r.revoked);
  }
}

/** Address books in memory, with the TypeORM repository's version guard and ids from 1. */
export class InMemoryAddressBooks extends AddressBookRepository {
  readonly books = new Map<number, { version: number; addresses: ShippingAddress[] }>();
  private nextId = 1;
  /** Set to make the next save fail as if another request saved in between. */
  raceNextSave = 0;

  async load(userId: number): Promise<AddressBook> {
    const stored = this.books.get(userId) ?? { version: 0, addresses: [] };
    return AddressBook.restore(userId, stored.version, stored.addresses);
  }

  async save(book: AddressBook): Promise<void> {
    const stored = this.books.get(book.userId) ?? { version: 0, addresses: [] };
    if (this.raceNextSave > 0) {
      this.raceNextSave--;
      throw new AddressBookChangedConcurrentlyError(book.userId);
    }
    if (stored.version !== book.version) throw new AddressBookChangedConcurrentlyError(book.userId);
    const { added } = book.pullChanges();
    for (const address of added) address.addressId = this.nextId++;
    this.books.set(book.userId, {
      version: stored.version + 1,
      addresses: book.addresses().map((a) => ({ ...a })),
    });
  }

  async removeAll(userId: number): Promise<void> {
    this.books.delete(userId);
  }
}

/** Not a real hash, but never the password itself. */
export class FakePasswordHasher extends PasswordHasher {
  readonly hashed: string[] = [];

  async hash(password: string): Promise<string> {
    this.hashed.push(password);
    return `$fake$${Buffer.from(password).toString('base64')}`;
  }

  async verify(hash: string, password: string): Promise<boolean> {
    return hash === `$fake$${Buffer.from(password).toString('base64')}`;
  }

  needsRehash(): boolean {
    return false;
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

/** The verifiers as the users context tells them: records each revocation and what was committed then. */
export class RecordingRevocations extends AccessTokenRevocations {
  readonly revoked: Array<{ userId: number; sessionLive: boolean }> = [];

  /** `sessionId`: a session whose state (in `tokens`) is recorded with each revocation. */
  constructor(
    private readonly tokens?: RefreshTokenRepository,
    private readonly sessionId = '',
  ) {
    super();
  }

  async revokeUser(userId: number): Promise<void> {
    const sessionLive = (await this.tokens?.isSessionLive(this.sessionId)) ?? false;
    this.revoked.push({ userId, sessionLive });
  }
}
