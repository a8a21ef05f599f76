// Original file: proto/nestmall/user/v1/user_codes.proto


export interface ResetPasswordByCodeRequest {
  'user_mobile'?: (string);
  'code'?: (string);
  'new_password'?: (string);
}

export interface ResetPasswordByCodeRequest__Output {
  'user_mobile': (string);
  'code': (string);
  'new_password': (string);
}
