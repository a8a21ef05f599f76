import type { IssueCodeResponse__Output } from '@nestmall/contracts/generated/nestmall/verification/v1/IssueCodeResponse.js';
import type { VerificationServiceClient } from '@nestmall/contracts/generated/nestmall/verification/v1/VerificationService.js';
import type { GrpcReplicaPool } from '@nestmall/platform';
import {
  VerificationClient,
  type CheckCodeInput,
  type IssueCodeInput,
  type IssuedCodeView,
} from './verification.client.js';

/**
 * VerificationClient over gRPC. Both calls are sent once: a retried IssueCode would meet its own
 * cooldown, and a retried CheckCode would count as a second attempt.
 */
export class GrpcVerificationClient extends VerificationClient {
  constructor(private readonly pool: GrpcReplicaPool<VerificationServiceClient>) {
    super();
  }

  async issueCode(input: IssueCodeInput): Promise<IssuedCodeView> {
    const answer = await this.pool.unary<IssueCodeResponse__Output>(
      'IssueCode',
      {
        purpose: input.purpose,
        destination: input.destination,
        subject: input.subject ?? '',
        client_address: input.clientAddress,
      },
      false,
    );
    return { expires_in: answer.expires_in, resend_after: answer.resend_after };
  }

  async checkCode(input: CheckCodeInput): Promise<void> {
    await this.pool.unary('CheckCode', { ...input, subject: input.subject ?? '' }, false);
  }
}
