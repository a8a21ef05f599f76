import type {
  CheckUserActiveResponse,
  GetUserResponse,
  ListUsersResponse,
  LogInResponse,
  UserServiceClient,
} from '@nestmall/contracts';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type { AccessTokenView, UserPageView, UserView } from '../application/user-view.js';
import {
  UsersClient,
  type AuthenticatedCaller,
  type ListUsersInput,
  type LogInInput,
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
  async getOwnUser(caller: AuthenticatedCaller): Promise<UserView> {
    const answer = await this.pool.unary<GetUserResponse>(
      'GetMe',
      {},
      true,
      undefined,
      caller.accessToken,
    );
    return answer.user as UserView;
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
