export { UsersModule, UsersHttpModule, USERS_MIGRATIONS } from './users.module.js';
export { USERS_CONFIG, type UsersConfig } from './users.config.js';
export { DEMO_USERS, DEMO_PASSWORD } from './infrastructure/demo-users.seeder.js';
export { USERS_CONTEXT } from './users.context.js';
export { UsersRemoteModule } from './client/users-remote.module.js';
export { GrpcUsersClient } from './client/grpc-users.client.js';
export { UsersTokenSubjects } from './client/users-token-subjects.js';
export { Argon2PasswordHasher } from './infrastructure/argon2-password-hasher.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/users').
export * from './ports.js';
export { USER_CODES_CONTEXT } from './user-codes.context.js';
export { UserCodesClient } from './client/user-codes.client.js';
export {
  GuestCartAtLogIn,
  type GuestCartMergeView,
} from './interface/http/guest-cart-at-log-in.js';
export { GuestCartMergeResponse } from './interface/http/dto/user.responses.js';
