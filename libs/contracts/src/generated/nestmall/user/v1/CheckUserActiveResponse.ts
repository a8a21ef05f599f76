// Original file: proto/nestmall/user/v1/user.proto


export interface CheckUserActiveResponse {
  'active'?: (boolean);
}

export interface CheckUserActiveResponse__Output {
  'active': (boolean);
}
