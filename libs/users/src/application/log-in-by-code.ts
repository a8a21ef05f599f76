import { Injectable } from '@nestjs/common';
import { VerificationClient } from '@nestmall/ports/verification';
import { UserMobileRepository } from '../domain/user-mobile.repository.js';
import { accountByMobile } from './account-by-mobile.js';
import { SessionTokens } from './session-tokens.js';
import type { AccessTokenView } from './user-view.js';

/** Log-in with a code sent to the account's mobile number instead of the password. */
@Injectable()
export class LogInByCode {
  constructor(
    private readonly mobiles: UserMobileRepository,
    private readonly verification: VerificationClient,
    private readonly tokens: SessionTokens,
  ) {}

  async execute(input: { mobile: string; code: string }): Promise<AccessTokenView> {
    await this.verification.checkCode({
      purpose: 'login_by_code',
      destination: input.mobile,
      code: input.code,
    });
    return this.tokens.start(await accountByMobile(this.mobiles, input.mobile));
  }
}
