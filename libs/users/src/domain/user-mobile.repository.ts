import type { User } from './user.js';

/**
 * What the code flows need beyond UserRepository: accounts by mobile number, and the two
 * changes a code confirms (bound to TypeORM in infrastructure/).
 */
export abstract class UserMobileRepository {
  /** Every account (not deleted) that holds `mobile`, oldest first. */
  abstract findByMobile(mobile: string): Promise<User[]>;
  abstract changeMobile(id: number, mobile: string): Promise<void>;
  /** The new hash, and every refresh token of the user revoked: each session must log in again. */
  abstract resetPassword(id: number, passwordHash: string): Promise<void>;
}
