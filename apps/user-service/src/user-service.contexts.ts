import { HELLO_CONTEXT } from '@nestmall/hello';
import type { HostedContext } from '@nestmall/platform';
import { USER_CODES_CONTEXT, USERS_CONTEXT } from '@nestmall/users';
import { VerificationRemoteModule } from '@nestmall/verification';

/** The contexts the user service hosts (its module and its app read this list). */
export const USER_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: USERS_CONTEXT },
  { context: HELLO_CONTEXT },
  // Registration, log-in, password reset and mobile change by code: codes from the verification-service.
  { context: USER_CODES_CONTEXT, clients: [VerificationRemoteModule.forRoot()] },
];
