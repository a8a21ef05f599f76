import { Body, Controller, Get, Header, HttpStatus, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentUser,
  IdParam,
  JwtAuthGuard,
  LimitAttempts,
  type AuthenticatedUser,
} from '@nestmall/platform';
import { UsersClient } from '../../client/users.client.js';
import { MAX_USER_ID } from '../../domain/user.js';
import { AccessToken } from './access-token.decorator.js';
import { PageQuery } from './dto/page.query.js';
import { RegisterUserBody } from './dto/register-user.body.js';
import { ProfileResponse } from './dto/profile.responses.js';
import { UserPageResponse, UserResponse } from './dto/user.responses.js';

@ApiTags('users')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('users')
export class UsersHttpController {
  constructor(private readonly users: UsersClient) {}

  @Get()
  @ApiOperation({ summary: 'A page of users, with the total' })
  @ApiOkResponse({ type: UserPageResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  list(@Query() query: PageQuery): Promise<UserPageResponse> {
    return this.users.listUsers(query);
  }

  // Before ':id', which would otherwise take "me" for an id.
  @Get('me')
  @UseGuards(JwtAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'My profile: the user of the access token, with the full mobile number',
  })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiErrors(HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND)
  @Header('Cache-Control', 'no-store')
  me(
    @CurrentUser() user: AuthenticatedUser,
    @AccessToken() accessToken: string,
  ): Promise<ProfileResponse> {
    return this.users.getOwnUser({ userId: user.userId, accessToken });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (mobile number masked: 138****8000)' })
  @ApiOkResponse({ type: UserResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  get(@IdParam('id', MAX_USER_ID) id: number): Promise<UserResponse> {
    return this.users.getUser(id);
  }

  @Post()
  @ApiOperation({ summary: 'Register a user' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.CONFLICT,
    HttpStatus.PAYLOAD_TOO_LARGE,
    HttpStatus.TOO_MANY_REQUESTS,
  )
  @LimitAttempts({ perAccount: true })
  register(@Body() body: RegisterUserBody): Promise<UserResponse> {
    return this.users.registerUser(body);
  }
}
