import { Injectable } from '@nestjs/common';
import { CheckUserActive } from '../application/check-user-active.js';
import { GetOwnUser } from '../application/get-own-user.js';
import { GetUser } from '../application/get-user.js';
import { ListUsers } from '../application/list-users.js';
import { LogIn } from '../application/log-in.js';
import { LogOut } from '../application/log-out.js';
import { RefreshSession } from '../application/refresh-session.js';
import { RegisterUser } from '../application/register-user.js';
import type { AccessTokenView, UserPageView, UserView } from '../application/user-view.js';
import {
  UsersClient,
  type AuthenticatedCaller,
  type ListUsersInput,
  type LogInInput,
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
  ) {
    super();
  }

  getUser(userId: number): Promise<UserView> {
    return this.getUserCase.execute(userId);
  }

  getOwnUser(caller: AuthenticatedCaller): Promise<UserView> {
    return this.getOwnUserCase.execute(caller.userId);
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
