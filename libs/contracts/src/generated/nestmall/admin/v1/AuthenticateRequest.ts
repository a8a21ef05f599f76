// Original file: proto/nestmall/admin/v1/admin.proto


export interface AuthenticateRequest {
  'authorization'?: (string);
}

export interface AuthenticateRequest__Output {
  'authorization': (string);
}
