// Original file: proto/nestmall/user/v1/user.proto


export interface RegisterUserRequest {
  'user_name'?: (string);
  'password'?: (string);
  'user_mobile'?: (string);
}

export interface RegisterUserRequest__Output {
  'user_name': (string);
  'password': (string);
  'user_mobile': (string);
}
