import type { GetUserResponse } from '@nestmall/contracts';
import type { MobileChangeCodeResponse__Output } from '@nestmall/contracts/generated/nestmall/user/v1/MobileChangeCodeResponse.js';
import type { UserCodeServiceClient } from '@nestmall/contracts/generated/nestmall/user/v1/UserCodeService.js';
import type { LogInResponse__Output } from '@nestmall/contracts/generated/nestmall/user/v1/LogInResponse.js';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type { AccessTokenView, UserView } from '../application/user-view.js';
import {
  UserCodesClient,
  type CodeForMobileInput,
  type CodeSentView,
  type RegisterByCodeInput,
} from './user-codes.client.js';
import type { AuthenticatedCaller } from './users.client.js';

/**
 * UserCodesClient over gRPC (nestmall.user.v1.UserCodeService). Every call is sent once: each
 * uses up a code or sends one, so a retry would count as another attempt or meet the cooldown.
 */
export class GrpcUserCodesClient extends UserCodesClient {
  constructor(private readonly pool: GrpcReplicaPool<UserCodeServiceClient>) {
    super();
  }

  async registerByCode(input: RegisterByCodeInput): Promise<UserView> {
    const answer = await this.pool.unary<GetUserResponse>('RegisterByCode', input, false);
    return answer.user as UserView;
  }

  async logInByCode(input: CodeForMobileInput): Promise<AccessTokenView> {
    const answer = await this.pool.unary<LogInResponse__Output>('LogInByCode', input, false);
    return answer as AccessTokenView;
  }

  async resetPasswordByCode(input: CodeForMobileInput & { new_password: string }): Promise<void> {
    await this.pool.unary('ResetPasswordByCode', input, false);
  }

  async requestMobileChangeCode(
    caller: AuthenticatedCaller,
    mobile: string,
    clientAddress: string,
  ): Promise<CodeSentView> {
    const request = { user_mobile: mobile, client_address: clientAddress };
    const answer = await this.pool.unary<MobileChangeCodeResponse__Output>(
      'RequestMobileChangeCode',
      request,
      false,
      undefined,
      caller.accessToken,
    );
    return { expires_in: answer.expires_in, resend_after: answer.resend_after };
  }

  async changeMobile(caller: AuthenticatedCaller, input: CodeForMobileInput): Promise<UserView> {
    const answer = await this.pool.unary<GetUserResponse>(
      'ChangeMobile',
      input,
      false,
      undefined,
      caller.accessToken,
    );
    return answer.user as UserView;
  }
}
