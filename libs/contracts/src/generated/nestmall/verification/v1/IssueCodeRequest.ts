// Original file: proto/nestmall/verification/v1/verification.proto


export interface IssueCodeRequest {
  'purpose'?: (string);
  'destination'?: (string);
  'subject'?: (string);
  'client_address'?: (string);
}

export interface IssueCodeRequest__Output {
  'purpose': (string);
  'destination': (string);
  'subject': (string);
  'client_address': (string);
}
