import {
  Body,
  Controller,
  Header,
  HttpCode,
  HttpStatus,
  Patch,
  Post,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentUser,
  JwtAuthGuard,
  LimitAttempts,
  type AuthenticatedUser,
} from '@nestmall/platform';
import { UsersClient } from '../../client/users.client.js';
import { ChangePasswordBody, DeleteAccountBody, UpdateProfileBody } from './dto/profile.body.js';
import { ProfileResponse } from './dto/profile.responses.js';

/** The buyer's own account (GET /users/me is in UsersHttpController, before /users/:id). */
@ApiTags('users')
@ApiBearerAuth()
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.UNAUTHORIZED)
@UseGuards(JwtAuthGuard)
@Controller('users/me')
export class ProfileHttpController {
  constructor(private readonly users: UsersClient) {}

  @Patch()
  @ApiOperation({
    summary: 'Change my nickname, avatar URL (https only) or e-mail',
    description: 'A field left out stays as it is; null clears it.',
  })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  @Header('Cache-Control', 'no-store')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateProfileBody,
  ): Promise<ProfileResponse> {
    return this.users.updateProfile(user, body);
  }

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Change my password (the current one required)',
    description:
      'This session stays signed in; every other session ends: its refresh and access tokens ' +
      'are refused by every service once this answers.',
  })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.TOO_MANY_REQUESTS)
  @LimitAttempts({ perAccount: false })
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ChangePasswordBody,
  ): Promise<void> {
    await this.users.changePassword(user, body.current_password, body.new_password);
  }

  @Post('deletion')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete my account (the current password required)',
    description:
      'Every token of the account is refused by every service once this answers. Orders are ' +
      'kept for the books; the personal data (name, mobile, profile, addresses) is erased ' +
      'after USER_DATA_RETENTION_DAYS.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.TOO_MANY_REQUESTS)
  @LimitAttempts({ perAccount: false })
  async delete(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: DeleteAccountBody,
  ): Promise<void> {
    await this.users.deleteAccount(user, body.current_password);
  }
}
