import { Injectable } from '@nestjs/common';
import { CheckCode } from '../application/check-code.js';
import { IssueCode } from '../application/issue-code.js';
import {
  VerificationClient,
  type CheckCodeInput,
  type IssueCodeInput,
  type IssuedCodeView,
} from './verification.client.js';

/** VerificationClient for the monolith: a direct call into the use cases. */
@Injectable()
export class InProcessVerificationClient extends VerificationClient {
  constructor(
    private readonly issue: IssueCode,
    private readonly check: CheckCode,
  ) {
    super();
  }

  issueCode(input: IssueCodeInput): Promise<IssuedCodeView> {
    return this.issue.execute(input);
  }

  checkCode(input: CheckCodeInput): Promise<void> {
    return this.check.execute(input);
  }
}
