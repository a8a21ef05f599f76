// Original file: proto/nestmall/admin/v1/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface ChangeStaffRoleRequest {
  'staff_id'?: (number | string | Long);
  'role'?: (string);
}

export interface ChangeStaffRoleRequest__Output {
  'staff_id': (number);
  'role': (string);
}
