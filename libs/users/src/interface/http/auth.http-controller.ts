import { Body, Controller, Header, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, LimitAttempts } from '@nestmall/platform';
import { UsersClient } from '../../client/users.client.js';
import { LogInBody } from './dto/log-in.body.js';
import { AccessTokenResponse } from './dto/user.responses.js';

@ApiTags('auth')
@Controller('auth')
export class AuthHttpController {
  constructor(private readonly users: UsersClient) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a user name and password for an access token (JWT)' })
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS)
  @LimitAttempts({ perAccount: false })
  // A token is a credential: no browser or proxy may keep a copy (RFC 6749, 5.1).
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  logIn(@Body() body: LogInBody): Promise<AccessTokenResponse> {
    return this.users.logIn(body);
  }
}
