// Original file: proto/nestmall/admin/v1/admin.proto


export interface CreateStaffRequest {
  'email'?: (string);
  'name'?: (string);
  'role'?: (string);
  'password'?: (string);
}

export interface CreateStaffRequest__Output {
  'email': (string);
  'name': (string);
  'role': (string);
  'password': (string);
}
