import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { VerificationClient } from '@nestmall/ports/verification';
import { UserMobileRepository } from '../domain/user-mobile.repository.js';
import { UserRepository } from '../domain/user.repository.js';
import { mobileChangeOwner } from './mobile-change-owner.js';
import { userViewKey } from './user-cache-keys.js';
import { toOwnUserView, type UserView } from './user-view.js';

/**
 * A logged-in buyer's new mobile number, confirmed by the code sent to that NEW number and bound
 * to the buyer who asked (a code another account asked for the same number does not work here).
 */
@Injectable()
export class ChangeMobile {
  constructor(
    private readonly users: UserRepository,
    private readonly mobiles: UserMobileRepository,
    private readonly verification: VerificationClient,
    private readonly cache: Cache,
  ) {}

  async execute(userId: number, mobile: string, code: string): Promise<UserView> {
    const user = await mobileChangeOwner(this.users, this.mobiles, userId, mobile);
    await this.verification.checkCode({
      purpose: 'change_mobile',
      destination: mobile,
      subject: String(user.id),
      code,
    });
    await this.mobiles.changeMobile(user.id, mobile);
    await this.cache.invalidate(userViewKey(user.id));
    return toOwnUserView({ ...user, mobile, updatedAt: new Date() });
  }
}
