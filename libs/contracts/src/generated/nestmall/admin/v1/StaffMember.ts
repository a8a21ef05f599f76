// Original file: proto/nestmall/admin/v1/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface StaffMember {
  'staff_id'?: (number | string | Long);
  'email'?: (string);
  'name'?: (string);
  'role'?: (string);
  'permissions'?: (string)[];
  'created_at'?: (string);
}

export interface StaffMember__Output {
  'staff_id': (number);
  'email': (string);
  'name': (string);
  'role': (string);
  'permissions': (string)[];
  'created_at': (string);
}
