import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CacheModule } from '@nestmall/cache';
import { CheckUserActive } from './application/check-user-active.js';
import { ThrottlingModule } from '@nestmall/platform';
import { GetOwnUser } from './application/get-own-user.js';
import { GetUser } from './application/get-user.js';
import { ListUsers } from './application/list-users.js';
import { LogIn } from './application/log-in.js';
import { LogOut } from './application/log-out.js';
import { RefreshSession } from './application/refresh-session.js';
import { SessionTokens } from './application/session-tokens.js';
import { RegisterUser } from './application/register-user.js';
import { InProcessUsersClient } from './client/in-process-users.client.js';
import { UsersClient } from './client/users.client.js';
import { CommonPasswords } from './domain/common-passwords.js';
import { PasswordHasher } from './domain/password-hasher.js';
import { RefreshTokenRepository } from './domain/refresh-token.repository.js';
import { UserRepository } from './domain/user.repository.js';
import { Argon2PasswordHasher } from './infrastructure/argon2-password-hasher.js';
import { DemoUsersSeeder } from './infrastructure/demo-users.seeder.js';
import { CreateTsUser1764050000000 } from './infrastructure/migrations/1764050000000-create-ts-user.js';
import { CreateUserRefreshToken1764300000000 } from './infrastructure/migrations/1764300000000-create-user-refresh-token.js';
import { RefreshTokenEntity } from './infrastructure/refresh-token.entity.js';
import { TypeOrmRefreshTokenRepository } from './infrastructure/typeorm-refresh-token.repository.js';
import { UserNameKey1764130000000 } from './infrastructure/migrations/1764130000000-user-name-key.js';
import { TypeOrmUserRepository } from './infrastructure/typeorm-user.repository.js';
import { UserEntity } from './infrastructure/user.entity.js';
import { ZxcvbnCommonPasswords } from './infrastructure/zxcvbn-common-passwords.js';
import { AuthHttpController } from './interface/http/auth.http-controller.js';
import { CourseUserHttpController } from './interface/http/course-user.http-controller.js';
import { UsersHttpController } from './interface/http/users.http-controller.js';
import { UsersGrpcController } from './interface/grpc/users.grpc-controller.js';

/** Every migration of the users context, in order; apps hosting the context run them. */
export const USERS_MIGRATIONS = [
  CreateTsUser1764050000000,
  UserNameKey1764130000000,
  CreateUserRefreshToken1764300000000,
];

const useCases = [
  GetUser,
  ListUsers,
  RegisterUser,
  GetOwnUser,
  LogIn,
  RefreshSession,
  LogOut,
  CheckUserActive,
  SessionTokens,
];
const repositories = [
  { provide: UserRepository, useClass: TypeOrmUserRepository },
  { provide: RefreshTokenRepository, useClass: TypeOrmRefreshTokenRepository },
];
const grpcControllers = [UsersGrpcController];
const httpControllers = [CourseUserHttpController, UsersHttpController, AuthHttpController];

/**
 * The users context itself: its tables, use cases and gRPC server side. Exports UsersClient
 * bound to the in-process adapter. Needs DatabaseModule and AuthModule (as the issuer) from the app; caches
 * user views as CACHE says (CacheModule); counts failed log-ins per account (ThrottlingModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity]),
    CacheModule,
    ThrottlingModule,
  ],
  controllers: grpcControllers,
  providers: [
    ...useCases,
    ...repositories,
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    { provide: CommonPasswords, useClass: ZxcvbnCommonPasswords },
    { provide: UsersClient, useClass: InProcessUsersClient },
    DemoUsersSeeder,
  ],
  // The rest for UserCodesModule (user-codes.module.ts), the code flows composed beside it.
  exports: [
    UsersClient,
    UserRepository,
    RegisterUser,
    SessionTokens,
    PasswordHasher,
    CommonPasswords,
  ],
})
export class UsersModule {}

/**
 * The users context's REST routes. They call UsersClient only, so the app chooses where the
 * context runs by the module it passes: UsersModule (in-process) or a gRPC client module.
 */
@Module({})
export class UsersHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: UsersHttpModule,
      imports: [...(client.imports ?? []), ThrottlingModule],
      controllers: httpControllers,
    };
  }
}
