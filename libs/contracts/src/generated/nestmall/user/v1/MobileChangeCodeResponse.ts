// Original file: proto/nestmall/user/v1/user_codes.proto


export interface MobileChangeCodeResponse {
  'expires_in'?: (number);
  'resend_after'?: (number);
}

export interface MobileChangeCodeResponse__Output {
  'expires_in': (number);
  'resend_after': (number);
}
