// '@nestmall/ports/users': the users' client port, its inputs and views and the paging limits,
// for other contexts' domain/ and application/ code (no transport, no ORM behind it).
export { UsersClient } from './client/users.client.js';
export type { ListUsersInput, LogInInput, RegisterUserInput } from './client/users.client.js';
export type { UserView, UserPageView, AccessTokenView } from './application/user-view.js';
export { MAX_PAGE_SIZE, MAX_USER_ID, DEFAULT_PAGE_SIZE } from './domain/user.js';
