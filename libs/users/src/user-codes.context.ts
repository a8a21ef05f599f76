import type { ContextDefinition } from '@nestmall/platform';
import { UserCodesRemoteModule } from './client/user-codes-remote.module.js';
import { USER_CODES_PROTO } from './user-codes.proto-contract.js';
import { UserCodesHttpModule, UserCodesModule } from './user-codes.module.js';

/**
 * The users context's code flows, composed beside USERS_CONTEXT by the apps that host the users
 * (their tables and migrations are USERS_CONTEXT's). Its host passes the module that provides
 * VerificationClient.
 */
export const USER_CODES_CONTEXT: ContextDefinition = {
  module: (clients) => UserCodesModule.register({ imports: [...clients] }),
  http: (client) => UserCodesHttpModule.register({ imports: [client] }),
  remote: () => UserCodesRemoteModule.forRoot(),
  proto: USER_CODES_PROTO,
};
