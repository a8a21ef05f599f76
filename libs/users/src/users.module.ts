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
import { UserInfoAndListHttpController } from './interface/http/user-info-and-list.http-controller.js';
import { UsersHttpController } from './interface/http/users.http-controller.js';
import { UsersGrpcController } from './interface/grpc/users.grpc-controller.js';
import { AddressesGrpcController } from './interface/grpc/addresses.grpc-controller.js';
import { ProfileGrpcController } from './interface/grpc/profile.grpc-controller.js';
import { AddressesHttpController } from './interface/http/addresses.http-controller.js';
import { ProfileHttpController } from './interface/http/profile.http-controller.js';
import { AddAddress } from './application/add-address.js';
import { AnonymiseDeletedUsers } from './application/anonymise-deleted-users.js';
import { ChangeAddressBook } from './application/change-address-book.js';
import { ChangePassword } from './application/change-password.js';
import { CurrentPassword } from './application/current-password.js';
import { DeleteAccount } from './application/delete-account.js';
import { GetAddress } from './application/get-address.js';
import { ListAddresses } from './application/list-addresses.js';
import { RemoveAddress } from './application/remove-address.js';
import { SetDefaultAddress } from './application/set-default-address.js';
import { UpdateAddress } from './application/update-address.js';
import { UpdateProfile } from './application/update-profile.js';
import { UserDataRetentionJob } from './application/user-data-retention.job.js';
import { AddressBookRepository } from './domain/address-book.repository.js';
import { ProfileAndAddresses1764400000000 } from './infrastructure/migrations/1764400000000-profile-and-addresses.js';
import {
  AddressBookEntity,
  ShippingAddressEntity,
} from './infrastructure/shipping-address.entities.js';
import { TypeOrmAddressBookRepository } from './infrastructure/typeorm-address-book.repository.js';

/** Every migration of the users context, in order; apps hosting the context run them. */
export const USERS_MIGRATIONS = [
  CreateTsUser1764050000000,
  UserNameKey1764130000000,
  CreateUserRefreshToken1764300000000,
  ProfileAndAddresses1764400000000,
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
  CurrentPassword,
  UpdateProfile,
  ChangePassword,
  DeleteAccount,
  AnonymiseDeletedUsers,
  UserDataRetentionJob,
  ChangeAddressBook,
  ListAddresses,
  GetAddress,
  AddAddress,
  UpdateAddress,
  RemoveAddress,
  SetDefaultAddress,
];
const repositories = [
  { provide: UserRepository, useClass: TypeOrmUserRepository },
  { provide: RefreshTokenRepository, useClass: TypeOrmRefreshTokenRepository },
  { provide: AddressBookRepository, useClass: TypeOrmAddressBookRepository },
];
const grpcControllers = [UsersGrpcController, ProfileGrpcController, AddressesGrpcController];
const httpControllers = [
  UserInfoAndListHttpController,
  UsersHttpController,
  AuthHttpController,
  ProfileHttpController,
  AddressesHttpController,
];

/**
 * The users context itself: its tables, use cases and gRPC server side. Exports UsersClient
 * bound to the in-process adapter. Needs DatabaseModule and AuthModule (as the issuer) from the app; caches
 * user views as CACHE says (CacheModule); counts failed log-ins per account (ThrottlingModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      RefreshTokenEntity,
      ShippingAddressEntity,
      AddressBookEntity,
    ]),
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
