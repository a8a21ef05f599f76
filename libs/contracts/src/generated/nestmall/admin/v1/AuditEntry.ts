// Original file: proto/nestmall/admin/v1/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface AuditEntry {
  'audit_id'?: (number | string | Long);
  'actor_id'?: (number | string | Long);
  'actor_email'?: (string);
  'action'?: (string);
  'entity_type'?: (string);
  'entity_id'?: (string);
  'before_json'?: (string);
  'after_json'?: (string);
  'at'?: (string);
}

export interface AuditEntry__Output {
  'audit_id': (number);
  'actor_id': (number);
  'actor_email': (string);
  'action': (string);
  'entity_type': (string);
  'entity_id': (string);
  'before_json': (string);
  'after_json': (string);
  'at': (string);
}
