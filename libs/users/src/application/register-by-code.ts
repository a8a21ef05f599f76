import { Injectable } from '@nestjs/common';
import { VerificationClient } from '@nestmall/ports/verification';
import { MobileTakenError } from '../domain/code-errors.js';
import { UserNameTakenError } from '../domain/errors.js';
import { checkNewUser, type NewUser } from '../domain/user.js';
import { UserMobileRepository } from '../domain/user-mobile.repository.js';
import { UserRepository } from '../domain/user.repository.js';
import { RegisterUser } from './register-user.js';
import type { UserView } from './user-view.js';

/**
 * Registration by mobile: the code sent to the number proves it is the registrant's, and a number
 * registers one account. What can be refused without the code is refused first, so a taken name
 * does not use the code up.
 */
@Injectable()
export class RegisterByCode {
  constructor(
    private readonly users: UserRepository,
    private readonly mobiles: UserMobileRepository,
    private readonly verification: VerificationClient,
    private readonly registerUser: RegisterUser,
  ) {}

  async execute(input: NewUser & { code: string }): Promise<UserView> {
    checkNewUser(input);
    if (await this.users.findByName(input.name)) throw new UserNameTakenError(input.name);
    if ((await this.mobiles.findByMobile(input.mobile)).length > 0) throw new MobileTakenError();
    await this.verification.checkCode({
      purpose: 'register_by_mobile',
      destination: input.mobile,
      code: input.code,
    });
    return this.registerUser.execute(input);
  }
}
