import { Body, Controller, Header, HttpCode, HttpStatus, Optional, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '@nestmall/platform';
import { UserCodesClient } from '../../client/user-codes.client.js';
import { MobileCodeBody, RegisterByCodeBody, ResetPasswordBody } from './dto/code.bodies.js';
import { LogInResponse, UserResponse } from './dto/user.responses.js';
import {
  GuestCartAtLogIn,
  GuestCartHeader,
  MergesGuestCart,
  withGuestCart,
} from './guest-cart-at-log-in.js';

const CODE_ERRORS =
  '400 names the field, and answers a wrong, expired or used code the same way; 429 once the ' +
  "code's attempts are spent (it is void: ask for a new one).";

/** Registration, log-in and password reset with a code sent by SMS (POST /verification/codes). */
@ApiTags('auth')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('auth')
export class CodeAuthHttpController {
  constructor(
    private readonly codes: UserCodesClient,
    @Optional() private readonly guestCarts?: GuestCartAtLogIn,
  ) {}

  @Post('register-by-code')
  @ApiOperation({
    summary: 'Register with a mobile number proved by a register_by_mobile code',
    description: `One account per number registered this way. ${CODE_ERRORS}`,
  })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT, HttpStatus.TOO_MANY_REQUESTS)
  register(@Body() body: RegisterByCodeBody): Promise<UserResponse> {
    return this.codes.registerByCode(body);
  }

  @Post('login-by-code')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiOperation({
    summary: "Log in with a login_by_code code sent to the account's mobile number",
    description:
      `401 when no account holds the number, 409 when several do (log in with the password). ` +
      `With X-Cart-Id, the guest cart goes into the buyer's cart (cart_merge). ${CODE_ERRORS}`,
  })
  @ApiOkResponse({ type: LogInResponse })
  @MergesGuestCart()
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.CONFLICT,
    HttpStatus.TOO_MANY_REQUESTS,
  )
  async logIn(
    @Body() body: MobileCodeBody,
    @GuestCartHeader() guestCartId?: string,
  ): Promise<LogInResponse> {
    return withGuestCart(await this.codes.logInByCode(body), guestCartId, this.guestCarts);
  }

  @Post('reset-password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Set a new password with a reset_password code sent to the account mobile number',
    description: `Every session of the account ends: log in again. ${CODE_ERRORS}`,
  })
  @ApiNoContentResponse({ description: 'The new password works; the old one does not' })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.CONFLICT,
    HttpStatus.TOO_MANY_REQUESTS,
  )
  async reset(@Body() body: ResetPasswordBody): Promise<void> {
    await this.codes.resetPasswordByCode(body);
  }
}
