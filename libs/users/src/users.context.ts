import { USER_PROTO } from '@nestmall/contracts';
import type { ContextDefinition } from '@nestmall/platform';
import { UsersRemoteModule } from './client/users-remote.module.js';
import { USERS_CONFIG } from './users.config.js';
import { USERS_MIGRATIONS, UsersHttpModule, UsersModule } from './users.module.js';

/** The users context as apps compose it; it caches users by id (CacheModule). */
export const USERS_CONTEXT: ContextDefinition = {
  module: () => UsersModule,
  http: (client) => UsersHttpModule.register({ imports: [client] }),
  remote: () => UsersRemoteModule.forRoot(),
  migrations: USERS_MIGRATIONS,
  proto: USER_PROTO,
  config: USERS_CONFIG,
};
