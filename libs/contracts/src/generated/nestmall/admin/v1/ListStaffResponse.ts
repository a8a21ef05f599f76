// Original file: proto/nestmall/admin/v1/admin.proto

import type { StaffMember as _nestmall_admin_v1_StaffMember, StaffMember__Output as _nestmall_admin_v1_StaffMember__Output } from '../../../nestmall/admin/v1/StaffMember.js';

export interface ListStaffResponse {
  'staff'?: (_nestmall_admin_v1_StaffMember)[];
}

export interface ListStaffResponse__Output {
  'staff': (_nestmall_admin_v1_StaffMember__Output)[];
}
