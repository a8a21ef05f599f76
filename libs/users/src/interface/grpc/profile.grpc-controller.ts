import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import { CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import type { ChangePasswordRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/ChangePasswordRequest.js';
import type { DeleteAccountRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/DeleteAccountRequest.js';
import type { Empty } from '@nestmall/contracts/generated/nestmall/user/v1/Empty.js';
import type { Profile } from '@nestmall/contracts/generated/nestmall/user/v1/Profile.js';
import type { UpdateProfileRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/UpdateProfileRequest.js';
import { ChangePassword } from '../../application/change-password.js';
import { DeleteAccount } from '../../application/delete-account.js';
import { GetOwnUser } from '../../application/get-own-user.js';
import { UpdateProfile } from '../../application/update-profile.js';
import type { ProfileView } from '../../application/user-view.js';

const USER_SERVICE = 'nestmall.user.v1.UserService';

/** The buyer's own profile over gRPC: the user is the access token's subject, never the message's. */
@Controller()
@UseGuards(JwtAuthGuard)
export class ProfileGrpcController {
  constructor(
    private readonly getOwnUser: GetOwnUser,
    private readonly updateProfile: UpdateProfile,
    private readonly changePassword: ChangePassword,
    private readonly deleteAccount: DeleteAccount,
  ) {}

  @GrpcMethod(USER_SERVICE, 'GetProfile')
  async profile(@CurrentUser() user: AuthenticatedUser): Promise<Profile> {
    return toProfileMessage(await this.getOwnUser.execute(user.userId));
  }

  @GrpcMethod(USER_SERVICE, 'UpdateProfile')
  async update(
    @Payload() request: UpdateProfileRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Profile> {
    // proto3 optional: unset stays, "" clears.
    const field = (value: string | undefined) => (value === undefined ? undefined : value || null);
    const view = await this.updateProfile.execute(user.userId, {
      nickname: field(request.nickname),
      avatarUrl: field(request.avatar_url),
      email: field(request.email),
    });
    return toProfileMessage(view);
  }

  @GrpcMethod(USER_SERVICE, 'ChangePassword')
  async password(
    @Payload() request: ChangePasswordRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Empty> {
    await this.changePassword.execute({
      userId: user.userId,
      sessionId: user.sessionId,
      currentPassword: request.current_password,
      newPassword: request.new_password,
    });
    return {};
  }

  @GrpcMethod(USER_SERVICE, 'DeleteAccount')
  async remove(
    @Payload() request: DeleteAccountRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Empty> {
    await this.deleteAccount.execute(user.userId, request.current_password);
    return {};
  }
}

/** proto3 optional fields: left unset rather than null. */
function toProfileMessage(view: ProfileView): Profile {
  const { nickname, avatar_url, email, ...rest } = view;
  return {
    ...rest,
    ...(nickname === null ? {} : { nickname }),
    ...(avatar_url === null ? {} : { avatar_url }),
    ...(email === null ? {} : { email }),
  };
}
