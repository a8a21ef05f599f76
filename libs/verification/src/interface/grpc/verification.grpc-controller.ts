import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { CheckCodeRequest__Output } from '@nestmall/contracts/generated/nestmall/verification/v1/CheckCodeRequest.js';
import type { IssueCodeRequest__Output } from '@nestmall/contracts/generated/nestmall/verification/v1/IssueCodeRequest.js';
import type { IssueCodeResponse } from '@nestmall/contracts/generated/nestmall/verification/v1/IssueCodeResponse.js';
import { CallableBy } from '@nestmall/platform';
import { CheckCode } from '../../application/check-code.js';
import { IssueCode } from '../../application/issue-code.js';

const SERVICE = 'nestmall.verification.v1.VerificationService';

/**
 * nestmall.verification.v1.VerificationService: service-only. The gateway sends codes for the
 * public purposes (and passes the client address it saw); the user-service sends and checks
 * codes for its flows. No end user calls it directly.
 */
@Controller()
export class VerificationGrpcController {
  constructor(
    private readonly issue: IssueCode,
    private readonly check: CheckCode,
  ) {}

  @GrpcMethod(SERVICE, 'IssueCode')
  @CallableBy('gateway', 'user-service')
  issueCode(request: IssueCodeRequest__Output): Promise<IssueCodeResponse> {
    return this.issue.execute({
      purpose: request.purpose,
      destination: request.destination,
      subject: request.subject,
      clientAddress: request.client_address,
    });
  }

  @GrpcMethod(SERVICE, 'CheckCode')
  @CallableBy('user-service')
  async checkCode(request: CheckCodeRequest__Output): Promise<object> {
    await this.check.execute(request);
    return {};
  }
}
