import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import type { GetUserResponse, LogInResponse } from '@nestmall/contracts';
import type { ChangeMobileRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/ChangeMobileRequest.js';
import type { LogInByCodeRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/LogInByCodeRequest.js';
import type { MobileChangeCodeResponse } from '@nestmall/contracts/generated/nestmall/user/v1/MobileChangeCodeResponse.js';
import type { RegisterByCodeRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/RegisterByCodeRequest.js';
import type { RequestMobileChangeCodeRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/RequestMobileChangeCodeRequest.js';
import type { ResetPasswordByCodeRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/ResetPasswordByCodeRequest.js';
import { CallableBy, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { ChangeMobile } from '../../application/change-mobile.js';
import { LogInByCode } from '../../application/log-in-by-code.js';
import { RegisterByCode } from '../../application/register-by-code.js';
import { RequestMobileChangeCode } from '../../application/request-mobile-change-code.js';
import { ResetPasswordByCode } from '../../application/reset-password-by-code.js';

const SERVICE = 'nestmall.user.v1.UserCodeService';

/**
 * nestmall.user.v1.UserCodeService: a thin adapter. The mobile change is the token's user's own;
 * asking for its code is the gateway's (it passes the client address the limits count).
 */
@Controller()
export class UserCodesGrpcController {
  constructor(
    private readonly register: RegisterByCode,
    private readonly logIn: LogInByCode,
    private readonly reset: ResetPasswordByCode,
    private readonly requestCode: RequestMobileChangeCode,
    private readonly change: ChangeMobile,
  ) {}

  @GrpcMethod(SERVICE, 'RegisterByCode')
  async registerByCode(request: RegisterByCodeRequest__Output): Promise<GetUserResponse> {
    const user = await this.register.execute({
      name: request.user_name,
      password: request.password,
      mobile: request.user_mobile,
      code: request.code,
    });
    return { user };
  }

  @GrpcMethod(SERVICE, 'LogInByCode')
  logInByCode(request: LogInByCodeRequest__Output): Promise<LogInResponse> {
    return this.logIn.execute({ mobile: request.user_mobile, code: request.code });
  }

  @GrpcMethod(SERVICE, 'ResetPasswordByCode')
  async resetPasswordByCode(request: ResetPasswordByCodeRequest__Output): Promise<object> {
    await this.reset.execute({
      mobile: request.user_mobile,
      code: request.code,
      newPassword: request.new_password,
    });
    return {};
  }

  @GrpcMethod(SERVICE, 'RequestMobileChangeCode')
  @CallableBy('gateway')
  @UseGuards(JwtAuthGuard)
  requestMobileChangeCode(
    // @Payload: with a parameter decorator on the handler, Nest leaves undecorated ones undefined.
    @Payload() request: RequestMobileChangeCodeRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MobileChangeCodeResponse> {
    return this.requestCode.execute(user.userId, request.user_mobile, request.client_address);
  }

  @GrpcMethod(SERVICE, 'ChangeMobile')
  @UseGuards(JwtAuthGuard)
  async changeMobile(
    @Payload() request: ChangeMobileRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<GetUserResponse> {
    return { user: await this.change.execute(user.userId, request.user_mobile, request.code) };
  }
}
