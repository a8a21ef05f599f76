import { Injectable } from '@nestjs/common';
import { ChangeMobile } from '../application/change-mobile.js';
import { LogInByCode } from '../application/log-in-by-code.js';
import { RegisterByCode } from '../application/register-by-code.js';
import { RequestMobileChangeCode } from '../application/request-mobile-change-code.js';
import { ResetPasswordByCode } from '../application/reset-password-by-code.js';
import type { AccessTokenView, UserView } from '../application/user-view.js';
import {
  UserCodesClient,
  type CodeForMobileInput,
  type CodeSentView,
  type RegisterByCodeInput,
} from './user-codes.client.js';
import type { AuthenticatedCaller } from './users.client.js';

/** UserCodesClient for the monolith: a direct call into the use cases. */
@Injectable()
export class InProcessUserCodesClient extends UserCodesClient {
  constructor(
    private readonly register: RegisterByCode,
    private readonly logIn: LogInByCode,
    private readonly reset: ResetPasswordByCode,
    private readonly requestCode: RequestMobileChangeCode,
    private readonly change: ChangeMobile,
  ) {
    super();
  }

  registerByCode(input: RegisterByCodeInput): Promise<UserView> {
    return this.register.execute({
      name: input.user_name,
      password: input.password,
      mobile: input.user_mobile,
      code: input.code,
    });
  }

  logInByCode(input: CodeForMobileInput): Promise<AccessTokenView> {
    return this.logIn.execute({ mobile: input.user_mobile, code: input.code });
  }

  resetPasswordByCode(input: CodeForMobileInput & { new_password: string }): Promise<void> {
    return this.reset.execute({
      mobile: input.user_mobile,
      code: input.code,
      newPassword: input.new_password,
    });
  }

  requestMobileChangeCode(
    caller: AuthenticatedCaller,
    mobile: string,
    clientAddress: string,
  ): Promise<CodeSentView> {
    return this.requestCode.execute(caller.userId, mobile, clientAddress);
  }

  changeMobile(caller: AuthenticatedCaller, input: CodeForMobileInput): Promise<UserView> {
    return this.change.execute(caller.userId, input.user_mobile, input.code);
  }
}
