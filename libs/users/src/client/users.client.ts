import type { AddressInput, AddressView } from '../application/address-view.js';
import type {
  AccessTokenView,
  ProfileView,
  UserPageView,
  UserView,
} from '../application/user-view.js';

export interface ListUsersInput {
  page_num?: number;
  page_size?: number;
}

export interface RegisterUserInput {
  user_name: string;
  password: string;
  user_mobile: string;
}

/** A caller who proved to be `userId` with `accessToken` (the REST edge's JwtAuthGuard). */
export interface AuthenticatedCaller {
  userId: number;
  accessToken: string;
  /** The token's session (`sid`), when it names one. */
  sessionId?: string;
}

/** A profile change as a buyer sends it: a field left out stays, null clears it. */
export interface ProfileChangeInput {
  nickname?: string | null;
  avatar_url?: string | null;
  email?: string | null;
}

export interface LogInInput {
  user_name: string;
  password: string;
}

/**
 * The port through which the REST edge and other contexts call the users context. An abstract
 * class, so it is also the DI token; apps/* bind the in-process or the gRPC adapter.
 * Failures are DomainErrors (NotFoundError, InvalidArgumentError, ...) whatever the adapter.
 */
export abstract class UsersClient {
  /** Public: the mobile number masked. */
  abstract getUser(userId: number): Promise<UserView>;
  /** The caller's own user, with the full mobile number and the profile. */
  abstract getOwnUser(caller: AuthenticatedCaller): Promise<ProfileView>;
  abstract updateProfile(
    caller: AuthenticatedCaller,
    change: ProfileChangeInput,
  ): Promise<ProfileView>;
  /** Ends the caller's other sessions. PermissionDeniedError for a wrong current password. */
  abstract changePassword(
    caller: AuthenticatedCaller,
    currentPassword: string,
    newPassword: string,
  ): Promise<void>;
  /** Soft deletion; every token of the caller is refused from then on. */
  abstract deleteAccount(caller: AuthenticatedCaller, currentPassword: string): Promise<void>;
  /** The caller's addresses, the default first. */
  abstract listAddresses(caller: AuthenticatedCaller): Promise<AddressView[]>;
  /** One of the caller's addresses; NotFoundError for another buyer's. */
  abstract getAddress(caller: AuthenticatedCaller, addressId: number): Promise<AddressView>;
  abstract addAddress(
    caller: AuthenticatedCaller,
    input: AddressInput,
    makeDefault: boolean,
  ): Promise<AddressView>;
  abstract updateAddress(
    caller: AuthenticatedCaller,
    addressId: number,
    input: AddressInput,
  ): Promise<AddressView>;
  abstract removeAddress(caller: AuthenticatedCaller, addressId: number): Promise<void>;
  abstract setDefaultAddress(caller: AuthenticatedCaller, addressId: number): Promise<AddressView>;
  abstract listUsers(input: ListUsersInput): Promise<UserPageView>;
  abstract registerUser(input: RegisterUserInput): Promise<UserView>;
  abstract logIn(input: LogInInput): Promise<AccessTokenView>;
  /** A new pair for a refresh token (used up by this); UnauthenticatedError if refused. */
  abstract refreshSession(refreshToken: string): Promise<AccessTokenView>;
  /** Revokes the refresh token's session; nothing to say for an unknown one. */
  abstract logOut(refreshToken: string): Promise<void>;
  /**
   * False for an unknown or deleted user, or a logged-out session: its tokens must no longer
   * work.
   */
  abstract isUserActive(userId: number, sessionId?: string): Promise<boolean>;
}
