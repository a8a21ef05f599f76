// Original file: proto/nestmall/user/v1/user.proto


export interface DeleteAccountRequest {
  'current_password'?: (string);
}

export interface DeleteAccountRequest__Output {
  'current_password': (string);
}
