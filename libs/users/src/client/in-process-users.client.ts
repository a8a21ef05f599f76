import { Injectable } from '@nestjs/common';
import { CheckUserActive } from '../application/check-user-active.js';
import { GetOwnUser } from '../application/get-own-user.js';
import { GetUser } from '../application/get-user.js';
import { ListUsers } from '../application/list-users.js';
import { LogIn } from '../application/log-in.js';
import { LogOut } from '../application/log-out.js';
import { RefreshSession } from '../application/refresh-session.js';
import { RegisterUser } from '../application/register-user.js';
import { AddAddress } from '../application/add-address.js';
import type { AddressInput, AddressView } from '../application/address-view.js';
import { ChangePassword } from '../application/change-password.js';
import { DeleteAccount } from '../application/delete-account.js';
import { GetAddress } from '../application/get-address.js';
import { ListAddresses } from '../application/list-addresses.js';
import { RemoveAddress } from '../application/remove-address.js';
import { SetDefaultAddress } from '../application/set-default-address.js';
import { UpdateAddress } from '../application/update-address.js';
import { UpdateProfile } from '../application/update-profile.js';
import type {
  AccessTokenView,
  ProfileView,
  UserPageView,
  UserView,
} from '../application/user-view.js';
import {
  UsersClient,
  type AuthenticatedCaller,
  type ListUsersInput,
  type LogInInput,
  type ProfileChangeInput,
  type RegisterUserInput,
} from './users.client.js';

/** UsersClient for the monolith: a direct call into the use cases. */
@Injectable()
export class InProcessUsersClient extends UsersClient {
  constructor(
    private readonly getUserCase: GetUser,
    private readonly listUsersCase: ListUsers,
    private readonly registerUserCase: RegisterUser,
    private readonly logInCase: LogIn,
    private readonly checkUserActive: CheckUserActive,
    private readonly refreshSessionCase: RefreshSession,
    private readonly logOutCase: LogOut,
    private readonly getOwnUserCase: GetOwnUser,
    private readonly updateProfileCase: UpdateProfile,
    private readonly changePasswordCase: ChangePassword,
    private readonly deleteAccountCase: DeleteAccount,
    private readonly listAddressesCase: ListAddresses,
    private readonly getAddressCase: GetAddress,
    private readonly addAddressCase: AddAddress,
    private readonly updateAddressCase: UpdateAddress,
    private readonly removeAddressCase: RemoveAddress,
    private readonly setDefaultAddressCase: SetDefaultAddress,
  ) {
    super();
  }

  getUser(userId: number): Promise<UserView> {
    return this.getUserCase.execute(userId);
  }

  getOwnUser(caller: AuthenticatedCaller): Promise<ProfileView> {
    return this.getOwnUserCase.execute(caller.userId);
  }

  updateProfile(caller: AuthenticatedCaller, change: ProfileChangeInput): Promise<ProfileView> {
    return this.updateProfileCase.execute(caller.userId, {
      nickname: change.nickname,
      avatarUrl: change.avatar_url,
      email: change.email,
    });
  }

  changePassword(
    caller: AuthenticatedCaller,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    return this.changePasswordCase.execute({
      userId: caller.userId,
      sessionId: caller.sessionId,
      currentPassword,
      newPassword,
    });
  }

  deleteAccount(caller: AuthenticatedCaller, currentPassword: string): Promise<void> {
    return this.deleteAccountCase.execute(caller.userId, currentPassword);
  }

  listAddresses(caller: AuthenticatedCaller): Promise<AddressView[]> {
    return this.listAddressesCase.execute(caller.userId);
  }

  getAddress(caller: AuthenticatedCaller, addressId: number): Promise<AddressView> {
    return this.getAddressCase.execute(caller.userId, addressId);
  }

  addAddress(
    caller: AuthenticatedCaller,
    input: AddressInput,
    makeDefault: boolean,
  ): Promise<AddressView> {
    return this.addAddressCase.execute(caller.userId, input, makeDefault);
  }

  updateAddress(
    caller: AuthenticatedCaller,
    addressId: number,
    input: AddressInput,
  ): Promise<AddressView> {
    return this.updateAddressCase.execute(caller.userId, addressId, input);
  }

  removeAddress(caller: AuthenticatedCaller, addressId: number): Promise<void> {
    return this.removeAddressCase.execute(caller.userId, addressId);
  }

  setDefaultAddress(caller: AuthenticatedCaller, addressId: number): Promise<AddressView> {
    return this.setDefaultAddressCase.execute(caller.userId, addressId);
  }

  listUsers(input: ListUsersInput): Promise<UserPageView> {
    return this.listUsersCase.execute({ pageNum: input.page_num, pageSize: input.page_size });
  }

  registerUser(input: RegisterUserInput): Promise<UserView> {
    return this.registerUserCase.execute({
      name: input.user_name,
      password: input.password,
      mobile: input.user_mobile,
    });
  }

  logIn(input: LogInInput): Promise<AccessTokenView> {
    return this.logInCase.execute({ name: input.user_name, password: input.password });
  }

  refreshSession(refreshToken: string): Promise<AccessTokenView> {
    return this.refreshSessionCase.execute(refreshToken);
  }

  logOut(refreshToken: string): Promise<void> {
    return this.logOutCase.execute(refreshToken);
  }

  isUserActive(userId: number, sessionId?: string): Promise<boolean> {
    return this.checkUserActive.execute(userId, sessionId);
  }
}
