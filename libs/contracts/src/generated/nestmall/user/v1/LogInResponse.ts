// Original file: proto/nestmall/user/v1/user.proto


export interface LogInResponse {
  'access_token'?: (string);
  'token_type'?: (string);
  'expires_in'?: (number);
  'refresh_token'?: (string);
  'refresh_expires_in'?: (number);
}

export interface LogInResponse__Output {
  'access_token': (string);
  'token_type': (string);
  'expires_in': (number);
  'refresh_token': (string);
  'refresh_expires_in': (number);
}
