import type {
  CheckUserActiveResponse,
  GetUserResponse,
  ListUsersResponse,
  LogInResponse,
  UserServiceClient,
} from '@nestmall/contracts';
import type { Address__Output } from '@nestmall/contracts/generated/nestmall/user/v1/Address.js';
import type { ListAddressesResponse__Output } from '@nestmall/contracts/generated/nestmall/user/v1/ListAddressesResponse.js';
import type { Profile__Output } from '@nestmall/contracts/generated/nestmall/user/v1/Profile.js';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type { AddressInput, AddressView } from '../application/address-view.js';
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

/**
 * UsersClient over gRPC (nestmall.user.v1.UserService) through a replica pool: reads and log-in
 * may be retried on another replica (a log-in retried after a timeout may count as two failed
 * attempts of the account); registration is sent once.
 */
export class GrpcUsersClient extends UsersClient {
  constructor(private readonly pool: GrpcReplicaPool<UserServiceClient>) {
    super();
  }

  async getUser(userId: number): Promise<UserView> {
    const answer = await this.pool.unary<GetUserResponse>('GetUser', { user_id: userId }, true);
    return answer.user as UserView;
  }

  /** The user-service checks the access token itself: it travels in the call's metadata. */
  async getOwnUser(caller: AuthenticatedCaller): Promise<ProfileView> {
    return toProfileView(await this.asCaller<Profile__Output>(caller, 'GetProfile', {}, true));
  }

  async updateProfile(
    caller: AuthenticatedCaller,
    change: ProfileChangeInput,
  ): Promise<ProfileView> {
    // proto3 optional: unset stays, "" clears (null here).
    const field = (value: string | null | undefined) => (value === null ? '' : value);
    const request = {
      nickname: field(change.nickname),
      avatar_url: field(change.avatar_url),
      email: field(change.email),
    };
    return toProfileView(
      await this.asCaller<Profile__Output>(caller, 'UpdateProfile', request, false),
    );
  }

  async changePassword(
    caller: AuthenticatedCaller,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const request = { current_password: currentPassword, new_password: newPassword };
    await this.asCaller(caller, 'ChangePassword', request, false);
  }

  async deleteAccount(caller: AuthenticatedCaller, currentPassword: string): Promise<void> {
    await this.asCaller(caller, 'DeleteAccount', { current_password: currentPassword }, false);
  }

  async listAddresses(caller: AuthenticatedCaller): Promise<AddressView[]> {
    const answer = await this.asCaller<ListAddressesResponse__Output>(
      caller,
      'ListAddresses',
      {},
      true,
    );
    return answer.addresses.map(toAddressView);
  }

  async getAddress(caller: AuthenticatedCaller, addressId: number): Promise<AddressView> {
    const request = { address_id: addressId };
    return toAddressView(await this.asCaller<Address__Output>(caller, 'GetAddress', request, true));
  }

  async addAddress(
    caller: AuthenticatedCaller,
    input: AddressInput,
    makeDefault: boolean,
  ): Promise<AddressView> {
    const request = { address: toAddressFields(input), make_default: makeDefault };
    return toAddressView(
      await this.asCaller<Address__Output>(caller, 'AddAddress', request, false),
    );
  }

  async updateAddress(
    caller: AuthenticatedCaller,
    addressId: number,
    input: AddressInput,
  ): Promise<AddressView> {
    const request = { address_id: addressId, address: toAddressFields(input) };
    return toAddressView(
      await this.asCaller<Address__Output>(caller, 'UpdateAddress', request, false),
    );
  }

  async removeAddress(caller: AuthenticatedCaller, addressId: number): Promise<void> {
    await this.asCaller(caller, 'RemoveAddress', { address_id: addressId }, false);
  }

  async setDefaultAddress(caller: AuthenticatedCaller, addressId: number): Promise<AddressView> {
    const request = { address_id: addressId };
    return toAddressView(
      await this.asCaller<Address__Output>(caller, 'SetDefaultAddress', request, false),
    );
  }

  /** A call for an end user: their access token in the metadata, the user-service checks it. */
  private asCaller<T>(
    caller: AuthenticatedCaller,
    method: string,
    request: object,
    retry: boolean,
  ): Promise<T> {
    return this.pool.unary<T>(method, request, retry, undefined, caller.accessToken);
  }

  async listUsers(input: ListUsersInput): Promise<UserPageView> {
    const answer = await this.pool.unary<ListUsersResponse>(
      'ListUsers',
      { page_num: input.page_num ?? 0, page_size: input.page_size ?? 0 },
      true,
    );
    return answer as UserPageView;
  }

  async registerUser(input: RegisterUserInput): Promise<UserView> {
    const answer = await this.pool.unary<GetUserResponse>('RegisterUser', input, false);
    return answer.user as UserView;
  }

  async logIn(input: LogInInput): Promise<AccessTokenView> {
    return this.pool.unary<LogInResponse>('LogIn', input, true) as Promise<AccessTokenView>;
  }

  refreshSession(refreshToken: string): Promise<AccessTokenView> {
    // Sent once: a retry of a refresh that did arrive would look like a reuse and revoke the session.
    const request = { refresh_token: refreshToken };
    return this.pool.unary<LogInResponse>(
      'RefreshToken',
      request,
      false,
    ) as Promise<AccessTokenView>;
  }

  async logOut(refreshToken: string): Promise<void> {
    await this.pool.unary('LogOut', { refresh_token: refreshToken }, true);
  }

  async isUserActive(userId: number, sessionId?: string): Promise<boolean> {
    const answer = await this.pool.unary<Required<CheckUserActiveResponse>>(
      'CheckUserActive',
      { user_id: userId, session_id: sessionId ?? '' },
      true,
    );
    return answer.active;
  }
}

function toProfileView(p: Profile__Output): ProfileView {
  return {
    user_id: Number(p.user_id),
    user_name: p.user_name,
    user_mobile: p.user_mobile,
    created_at: p.created_at,
    updated_at: p.updated_at,
    nickname: p.nickname ?? null,
    avatar_url: p.avatar_url ?? null,
    email: p.email ?? null,
  };
}

function toAddressView(a: Address__Output): AddressView {
  return {
    address_id: Number(a.address_id),
    recipient: a.recipient,
    mobile: a.mobile,
    province: a.province,
    city: a.city,
    district: a.district,
    street: a.street,
    postal_code: a.postal_code ?? null,
    is_default: a.is_default,
    created_at: a.created_at,
    updated_at: a.updated_at,
  };
}

function toAddressFields(input: AddressInput) {
  return { ...input, postal_code: input.postal_code ?? '' };
}
