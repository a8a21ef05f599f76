import { Body, Controller, Header, HttpCode, HttpStatus, Optional, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, LimitAttempts } from '@nestmall/platform';
import { UsersClient } from '../../client/users.client.js';
import { LogInBody } from './dto/log-in.body.js';
import { RefreshTokenBody } from './dto/refresh-token.body.js';
import { AccessTokenResponse, LogInResponse } from './dto/user.responses.js';
import {
  GuestCartAtLogIn,
  GuestCartHeader,
  MergesGuestCart,
  withGuestCart,
} from './guest-cart-at-log-in.js';

@ApiTags('auth')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('auth')
export class AuthHttpController {
  constructor(
    private readonly users: UsersClient,
    @Optional() private readonly guestCarts?: GuestCartAtLogIn,
  ) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a user name and password for an access token (JWT) and a refresh token',
    description: "With X-Cart-Id, the guest cart goes into the buyer's cart (cart_merge).",
  })
  @ApiOkResponse({ type: LogInResponse })
  @MergesGuestCart()
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.PAYLOAD_TOO_LARGE,
    HttpStatus.TOO_MANY_REQUESTS,
  )
  @LimitAttempts({ perAccount: false })
  // A token is a credential: no browser or proxy may keep a copy (RFC 6749, 5.1).
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  async logIn(
    @Body() body: LogInBody,
    @GuestCartHeader() guestCartId?: string,
  ): Promise<LogInResponse> {
    return withGuestCart(await this.users.logIn(body), guestCartId, this.guestCarts);
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Exchange a refresh token (once) for a new access token and refresh token',
    description:
      'Each refresh token works once. Presenting a used one again revokes its whole session ' +
      '(someone else holds a copy): every holder must log in again.',
  })
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED)
  refresh(@Body() body: RefreshTokenBody): Promise<AccessTokenResponse> {
    return this.users.refreshSession(body.refresh_token);
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: "End the refresh token's session",
    description:
      'Its refresh tokens stop working at once and its access tokens within ' +
      'AUTH_USER_CACHE_MS (1 s). 204 for an unknown token too.',
  })
  @ApiNoContentResponse({ description: 'The session is over' })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  async logOut(@Body() body: RefreshTokenBody): Promise<void> {
    await this.users.logOut(body.refresh_token);
  }
}
