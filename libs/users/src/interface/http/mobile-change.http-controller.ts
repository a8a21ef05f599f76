import { Body, Controller, HttpCode, HttpStatus, Ip, Patch, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { UserCodesClient } from '../../client/user-codes.client.js';
import { AccessToken } from './access-token.decorator.js';
import { CodeSentResponse, MobileCodeBody, NewMobileBody } from './dto/code.bodies.js';
import { UserResponse } from './dto/user.responses.js';

/** The buyer's own mobile number, changed with a code sent to the NEW number. */
@ApiTags('users')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.UNAUTHORIZED)
@Controller('users/me/mobile')
export class MobileChangeHttpController {
  constructor(private readonly codes: UserCodesClient) {}

  @Post('code')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Send a change_mobile code to the new number',
    description:
      "The code is bound to the caller: it confirms this account's change only. 409 when " +
      'another account holds the number; 429 during the cooldown and past the hourly limits.',
  })
  @ApiAcceptedResponse({ type: CodeSentResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT, HttpStatus.TOO_MANY_REQUESTS)
  requestCode(
    @CurrentUser() user: AuthenticatedUser,
    @AccessToken() accessToken: string,
    @Body() body: NewMobileBody,
    @Ip() clientAddress: string,
  ): Promise<CodeSentResponse> {
    return this.codes.requestMobileChangeCode(
      { userId: user.userId, accessToken },
      body.user_mobile,
      clientAddress,
    );
  }

  @Patch()
  @ApiOperation({
    summary: 'Change the mobile number, with the code sent to the new number',
    description:
      '400 names the field, and answers a wrong, expired or used code the same way; 429 once ' +
      "the code's attempts are spent; 409 when another account took the number meanwhile.",
  })
  @ApiOkResponse({ type: UserResponse, description: 'The account, with its new number' })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT, HttpStatus.TOO_MANY_REQUESTS)
  change(
    @CurrentUser() user: AuthenticatedUser,
    @AccessToken() accessToken: string,
    @Body() body: MobileCodeBody,
  ): Promise<UserResponse> {
    return this.codes.changeMobile({ userId: user.userId, accessToken }, body);
  }
}
