// Original file: proto/nestmall/user/v1/user_codes.proto


export interface LogInByCodeRequest {
  'user_mobile'?: (string);
  'code'?: (string);
}

export interface LogInByCodeRequest__Output {
  'user_mobile': (string);
  'code': (string);
}
