import { InvalidArgumentError } from '@nestmall/ports/platform';
import { MobileTakenError } from '../domain/code-errors.js';
import { UserNotFoundError } from '../domain/errors.js';
import { MOBILE_RULE, type User } from '../domain/user.js';
import type { UserMobileRepository } from '../domain/user-mobile.repository.js';
import type { UserRepository } from '../domain/user.repository.js';

/**
 * The rules of a mobile change, checked when the code is asked for and again when it is used:
 * a well-formed number, not the account's own, held by no other account.
 */
export async function mobileChangeOwner(
  users: UserRepository,
  mobiles: UserMobileRepository,
  userId: number,
  mobile: string,
): Promise<User> {
  if (!MOBILE_RULE.pattern.test(mobile ?? '')) throw new InvalidArgumentError(MOBILE_RULE.text);
  const user = await users.findById(userId);
  if (!user) throw new UserNotFoundError(userId);
  if (user.mobile === mobile)
    throw new InvalidArgumentError('user_mobile is already the number of this account');
  const holders = await mobiles.findByMobile(mobile);
  if (holders.some((h) => h.id !== user.id)) throw new MobileTakenError();
  return user;
}
