import type { AccessTokenView, UserPageView, UserView } from '../application/user-view.js';

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
  /** The caller's own user, with the full mobile number. */
  abstract getOwnUser(caller: AuthenticatedCaller): Promise<UserView>;
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
