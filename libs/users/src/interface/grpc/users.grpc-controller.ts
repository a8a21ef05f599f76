import type { Metadata } from '@grpc/grpc-js';
import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import { CurrentUser, JwksSource, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import type {
  CheckUserActiveRequest__Output,
  CheckUserActiveResponse,
  GetMeRequest__Output,
  GetUserRequest__Output,
  JwksMessage,
  GetUserResponse,
  ListUsersRequest__Output,
  ListUsersResponse,
  LogInRequest__Output,
  LogInResponse,
  LogOutResponse,
  RefreshTokenRequest__Output,
  RegisterUserRequest__Output,
} from '@nestmall/contracts';
import { CheckUserActive } from '../../application/check-user-active.js';
import { GetOwnUser } from '../../application/get-own-user.js';
import { GetUser } from '../../application/get-user.js';
import { ListUsers } from '../../application/list-users.js';
import { LogIn } from '../../application/log-in.js';
import { LogOut } from '../../application/log-out.js';
import { RefreshSession } from '../../application/refresh-session.js';
import { RegisterUser } from '../../application/register-user.js';

const USER_SERVICE = 'nestmall.user.v1.UserService';

/** nestmall.user.v1.UserService: a thin adapter; errors map to gRPC codes in AllExceptionsFilter. */
@Controller()
export class UsersGrpcController {
  constructor(
    private readonly getUser: GetUser,
    private readonly listUsers: ListUsers,
    private readonly registerUser: RegisterUser,
    private readonly logIn: LogIn,
    private readonly checkUserActive: CheckUserActive,
    private readonly refreshSession: RefreshSession,
    private readonly logOut: LogOut,
    private readonly keys: JwksSource,
    private readonly getOwnUser: GetOwnUser,
  ) {}

  @GrpcMethod(USER_SERVICE, 'GetUser')
  async get(request: GetUserRequest__Output): Promise<GetUserResponse> {
    return { user: await this.getUser.execute(request.user_id) };
  }

  @GrpcMethod(USER_SERVICE, 'ListUsers')
  list(request: ListUsersRequest__Output): Promise<ListUsersResponse> {
    return this.listUsers.execute({ pageNum: request.page_num, pageSize: request.page_size });
  }

  @GrpcMethod(USER_SERVICE, 'RegisterUser')
  async register(request: RegisterUserRequest__Output): Promise<GetUserResponse> {
    const user = await this.registerUser.execute({
      name: request.user_name,
      password: request.password,
      mobile: request.user_mobile,
    });
    return { user };
  }

  @GrpcMethod(USER_SERVICE, 'LogIn')
  logInUser(request: LogInRequest__Output): Promise<LogInResponse> {
    return this.logIn.execute({ name: request.user_name, password: request.password });
  }

  @GrpcMethod(USER_SERVICE, 'GetJwks')
  jwks(): Promise<JwksMessage> {
    return this.keys.jwks();
  }

  @GrpcMethod(USER_SERVICE, 'RefreshToken')
  refresh(request: RefreshTokenRequest__Output): Promise<LogInResponse> {
    return this.refreshSession.execute(request.refresh_token);
  }

  @GrpcMethod(USER_SERVICE, 'LogOut')
  async logOutSession(request: RefreshTokenRequest__Output): Promise<LogOutResponse> {
    await this.logOut.execute(request.refresh_token);
    return {};
  }

  @GrpcMethod(USER_SERVICE, 'CheckUserActive')
  async active(request: CheckUserActiveRequest__Output): Promise<CheckUserActiveResponse> {
    const sessionId = request.session_id || undefined;
    return { active: await this.checkUserActive.execute(request.user_id, sessionId) };
  }

  /** The token's own user, with the full mobile number (GetUser and ListUsers mask it). */
  @GrpcMethod(USER_SERVICE, 'GetMe')
  @UseGuards(JwtAuthGuard)
  async me(
    _request: GetMeRequest__Output,
    _metadata: Metadata,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<GetUserResponse> {
    return { user: await this.getOwnUser.execute(user.userId) };
  }
}
