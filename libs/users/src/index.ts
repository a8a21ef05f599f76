export { UsersModule, UsersHttpModule, USERS_MIGRATIONS } from './users.module.js';
export { UsersClient } from './client/users.client.js';
export type {
  AuthenticatedCaller,
  ListUsersInput,
  LogInInput,
  ProfileChangeInput,
  RegisterUserInput,
} from './client/users.client.js';
export type { AddressView, AddressInput } from './application/address-view.js';
export { USERS_CONFIG, type UsersConfig } from './users.config.js';
export type {
  UserView,
  UserPageView,
  AccessTokenView,
  ProfileView,
} from './application/user-view.js';
export { DEMO_USERS, DEMO_PASSWORD } from './infrastructure/demo-users.seeder.js';
export { MAX_PAGE_SIZE, MAX_USER_ID, DEFAULT_PAGE_SIZE } from './domain/user.js';
export { USERS_CONTEXT } from './users.context.js';
export { UsersRemoteModule } from './client/users-remote.module.js';
export { GrpcUsersClient } from './client/grpc-users.client.js';
export { UsersTokenSubjects } from './client/users-token-subjects.js';
