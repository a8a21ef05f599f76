import { NoAccountForMobileError, SharedMobileError } from '../domain/code-errors.js';
import type { User } from '../domain/user.js';
import type { UserMobileRepository } from '../domain/user-mobile.repository.js';

/** The one account that holds `mobile`, for a flow that a code to that number authorises. */
export async function accountByMobile(users: UserMobileRepository, mobile: string): Promise<User> {
  const holders = await users.findByMobile(mobile);
  if (holders.length === 0) throw new NoAccountForMobileError();
  if (holders.length > 1) throw new SharedMobileError();
  return holders[0];
}
