// '@nestmall/ports/users': the users' client port, its inputs and views and the paging limits,
// for other contexts' domain/ and application/ code (no transport, no ORM behind it).
export { UsersClient } from './client/users.client.js';
export type {
  AuthenticatedCaller,
  ListUsersInput,
  LogInInput,
  ProfileChangeInput,
  RegisterUserInput,
} from './client/users.client.js';
export type { AddressView, AddressInput } from './application/address-view.js';
export type {
  UserView,
  UserPageView,
  AccessTokenView,
  ProfileView,
} from './application/user-view.js';
export { MAX_PAGE_SIZE, MAX_USER_ID, DEFAULT_PAGE_SIZE } from './domain/user.js';
export { PasswordHasher } from './domain/password-hasher.js';
