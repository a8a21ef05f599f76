import type { AccessTokenView, UserView } from '../application/user-view.js';
import type { AuthenticatedCaller } from './users.client.js';

export interface RegisterByCodeInput {
  user_name: string;
  password: string;
  user_mobile: string;
  code: string;
}

export interface CodeForMobileInput {
  user_mobile: string;
  code: string;
}

export interface CodeSentView {
  expires_in: number;
  resend_after: number;
}

/**
 * The port of the users context's flows confirmed by a verification code (in-process or gRPC).
 * The mobile-change methods act for `caller`, whose access token the edge verified (the gRPC
 * adapter forwards it, and the user-service takes the user from it).
 */
export abstract class UserCodesClient {
  abstract registerByCode(input: RegisterByCodeInput): Promise<UserView>;
  abstract logInByCode(input: CodeForMobileInput): Promise<AccessTokenView>;
  abstract resetPasswordByCode(input: CodeForMobileInput & { new_password: string }): Promise<void>;
  abstract requestMobileChangeCode(
    caller: AuthenticatedCaller,
    mobile: string,
    clientAddress: string,
  ): Promise<CodeSentView>;
  abstract changeMobile(caller: AuthenticatedCaller, input: CodeForMobileInput): Promise<UserView>;
}
