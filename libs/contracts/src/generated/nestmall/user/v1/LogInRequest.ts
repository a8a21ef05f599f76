// Original file: proto/nestmall/user/v1/user.proto


export interface LogInRequest {
  'user_name'?: (string);
  'password'?: (string);
}

export interface LogInRequest__Output {
  'user_name': (string);
  'password': (string);
}
