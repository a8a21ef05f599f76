import type { Metadata } from '@grpc/grpc-js';
import { Controller } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  GetMeRequest__Output,
  GetUserRequest__Output,
  GetUserResponse,
  ListUsersRequest__Output,
  ListUsersResponse,
  LogInRequest__Output,
  LogInResponse,
  RegisterUserRequest__Output,
} from '@nestmall/contracts';
import { GetOwnUser } from '../../application/get-own-user.js';
import { GetUser } from '../../application/get-user.js';
import { ListUsers } from '../../application/list-users.js';
import { LogIn } from '../../application/log-in.js';
import { RegisterUser } from '../../application/register-user.js';
import { bearerSubject } from './bearer-subject.js';

const USER_SERVICE = 'nestmall.user.v1.UserService';

/** nestmall.user.v1.UserService: a thin adapter; errors map to gRPC codes in AllExceptionsFilter. */
@Controller()
export class UsersGrpcController {
  constructor(
    private readonly getUser: GetUser,
    private readonly listUsers: ListUsers,
    private readonly registerUser: RegisterUser,
    private readonly logIn: LogIn,
    private readonly getOwnUser: GetOwnUser,
    private readonly jwt: JwtService,
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

  @GrpcMethod(USER_SERVICE, 'GetMe')
  async me(_request: GetMeRequest__Output, metadata: Metadata): Promise<GetUserResponse> {
    return { user: await this.getOwnUser.execute(await bearerSubject(metadata, this.jwt)) };
  }
}
