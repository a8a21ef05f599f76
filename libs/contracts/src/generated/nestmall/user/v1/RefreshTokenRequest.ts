// Original file: proto/nestmall/user/v1/user.proto


export interface RefreshTokenRequest {
  'refresh_token'?: (string);
}

export interface RefreshTokenRequest__Output {
  'refresh_token': (string);
}
