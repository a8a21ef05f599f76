// Original file: proto/nestmall/verification/v1/verification.proto


export interface IssueCodeResponse {
  'expires_in'?: (number);
  'resend_after'?: (number);
}

export interface IssueCodeResponse__Output {
  'expires_in': (number);
  'resend_after': (number);
}
