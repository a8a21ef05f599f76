// Original file: proto/nestmall/user/v1/user_codes.proto


export interface ChangeMobileRequest {
  'user_mobile'?: (string);
  'code'?: (string);
}

export interface ChangeMobileRequest__Output {
  'user_mobile': (string);
  'code': (string);
}
