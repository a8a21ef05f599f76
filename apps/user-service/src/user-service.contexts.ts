import { HELLO_CONTEXT } from '@nestmall/hello';
import type { HostedContext } from '@nestmall/platform';
import { USERS_CONTEXT } from '@nestmall/users';

/** The contexts the user service hosts (its module and its app read this list). */
export const USER_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: USERS_CONTEXT },
  { context: HELLO_CONTEXT },
];
