import type { ProfileChange } from './profile.js';
import type { User } from './user.js';

export interface UserPage {
  users: User[];
  total: number;
}

export interface UserToCreate {
  name: string;
  mobile: string;
  passwordHash: string;
}

/** Raised by a repository when a unique index on the name (or its key) refuses an insert. */
export class DuplicateUserNameError extends Error {}

/** The users context's persistence port (bound to TypeORM in infrastructure/). */
export abstract class UserRepository {
  /** Ignores soft-deleted users. */
  abstract findById(id: number): Promise<User | null>;
  /** By userNameKey: `TEST1` and `" test1 "` find test1. */
  abstract findByName(name: string): Promise<User | null>;
  /** Ordered by id; `total` counts every user that is not deleted. */
  abstract page(offset: number, limit: number): Promise<UserPage>;
  /** @throws DuplicateUserNameError */
  abstract create(user: UserToCreate): Promise<User>;
  /** Replaces the stored hash (same password, new parameters); `updatedAt` is left alone. */
  abstract replacePasswordHash(id: number, passwordHash: string): Promise<void>;
  /** A new password (a change by its owner): the hash, and `updatedAt`. */
  abstract changePassword(id: number, passwordHash: string, now: Date): Promise<void>;
  abstract updateProfile(id: number, change: ProfileChange, now: Date): Promise<void>;
  /** Soft deletion: findById no longer finds it; its row stays until anonymised. */
  abstract softDelete(id: number, now: Date): Promise<void>;
  /** Ids of users deleted before `cutoff` whose personal data is still there, oldest first. */
  abstract deletedBefore(cutoff: Date, limit: number): Promise<number[]>;
  /** Erases a deleted user's personal data (name, mobile, password, profile); the id stays. */
  abstract anonymise(id: number, now: Date): Promise<void>;
}
