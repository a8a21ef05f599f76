// Original file: proto/nestmall/user/v1/user_codes.proto


export interface RequestMobileChangeCodeRequest {
  'user_mobile'?: (string);
  'client_address'?: (string);
}

export interface RequestMobileChangeCodeRequest__Output {
  'user_mobile': (string);
  'client_address': (string);
}
