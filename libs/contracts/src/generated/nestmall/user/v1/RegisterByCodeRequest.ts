// Original file: proto/nestmall/user/v1/user_codes.proto


export interface RegisterByCodeRequest {
  'user_name'?: (string);
  'password'?: (string);
  'user_mobile'?: (string);
  'code'?: (string);
}

export interface RegisterByCodeRequest__Output {
  'user_name': (string);
  'password': (string);
  'user_mobile': (string);
  'code': (string);
}
