import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { VerificationClient } from '@nestmall/ports/verification';
import { checkNewPassword } from '../domain/new-password.js';
import { CommonPasswords } from '../domain/common-passwords.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import { UserMobileRepository } from '../domain/user-mobile.repository.js';
import { accountByMobile } from './account-by-mobile.js';
import { userViewKey } from './user-cache-keys.js';

/**
 * A forgotten password, reset with a code sent to the account's mobile number: the new password
 * follows the registration rules, and every session of the account ends (its refresh tokens are
 * revoked; its access tokens are refused within AUTH_USER_CACHE_MS).
 */
@Injectable()
export class ResetPasswordByCode {
  constructor(
    private readonly mobiles: UserMobileRepository,
    private readonly verification: VerificationClient,
    private readonly hasher: PasswordHasher,
    private readonly commonPasswords: CommonPasswords,
    private readonly cache: Cache,
  ) {}

  async execute(input: { mobile: string; code: string; newPassword: string }): Promise<void> {
    checkNewPassword(input.newPassword, this.commonPasswords, 'new_password');
    const user = await accountByMobile(this.mobiles, input.mobile);
    await this.verification.checkCode({
      purpose: 'reset_password',
      destination: input.mobile,
      code: input.code,
    });
    await this.mobiles.resetPassword(user.id, await this.hasher.hash(input.newPassword));
    await this.cache.invalidate(userViewKey(user.id));
  }
}
