// Original file: proto/nestmall/verification/v1/verification.proto


export interface CheckCodeRequest {
  'purpose'?: (string);
  'destination'?: (string);
  'subject'?: (string);
  'code'?: (string);
}

export interface CheckCodeRequest__Output {
  'purpose': (string);
  'destination': (string);
  'subject': (string);
  'code': (string);
}
