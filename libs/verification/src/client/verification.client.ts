import type { CheckCodeInput } from '../application/check-code.js';
import type { IssueCodeInput, IssuedCodeView } from '../application/issue-code.js';

export type { CheckCodeInput, IssueCodeInput, IssuedCodeView };

/**
 * The port through which the REST edge and the users context reach the verification context
 * (in-process or gRPC). Failures are DomainErrors whatever the adapter: InvalidArgumentError for
 * a bad field or a wrong code, TooManyRequestsError for the limits.
 */
export abstract class VerificationClient {
  abstract issueCode(input: IssueCodeInput): Promise<IssuedCodeView>;
  abstract checkCode(input: CheckCodeInput): Promise<void>;
}
