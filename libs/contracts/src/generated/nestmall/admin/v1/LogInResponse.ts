// Original file: proto/nestmall/admin/v1/admin.proto

import type { StaffMember as _nestmall_admin_v1_StaffMember, StaffMember__Output as _nestmall_admin_v1_StaffMember__Output } from '../../../nestmall/admin/v1/StaffMember.js';
import type { Long } from '@grpc/proto-loader';

export interface LogInResponse {
  'access_token'?: (string);
  'token_type'?: (string);
  'expires_in'?: (number | string | Long);
  'staff'?: (_nestmall_admin_v1_StaffMember | null);
}

export interface LogInResponse__Output {
  'access_token': (string);
  'token_type': (string);
  'expires_in': (number);
  'staff': (_nestmall_admin_v1_StaffMember__Output | null);
}
