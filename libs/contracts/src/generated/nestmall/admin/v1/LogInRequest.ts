// Original file: proto/nestmall/admin/v1/admin.proto


export interface LogInRequest {
  'email'?: (string);
  'password'?: (string);
}

export interface LogInRequest__Output {
  'email': (string);
  'password': (string);
}
