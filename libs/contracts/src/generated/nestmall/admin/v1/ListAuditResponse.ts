// Original file: proto/nestmall/admin/v1/admin.proto

import type { AuditEntry as _nestmall_admin_v1_AuditEntry, AuditEntry__Output as _nestmall_admin_v1_AuditEntry__Output } from '../../../nestmall/admin/v1/AuditEntry.js';
import type { Long } from '@grpc/proto-loader';

export interface ListAuditResponse {
  'entries'?: (_nestmall_admin_v1_AuditEntry)[];
  'total'?: (number | string | Long);
  'page_num'?: (number | string | Long);
  'page_size'?: (number | string | Long);
}

export interface ListAuditResponse__Output {
  'entries': (_nestmall_admin_v1_AuditEntry__Output)[];
  'total': (number);
  'page_num': (number);
  'page_size': (number);
}
