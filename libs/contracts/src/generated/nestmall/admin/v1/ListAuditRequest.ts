// Original file: proto/nestmall/admin/v1/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface ListAuditRequest {
  'actor_id'?: (number | string | Long);
  'action'?: (string);
  'entity_type'?: (string);
  'entity_id'?: (string);
  'page_num'?: (number | string | Long);
  'page_size'?: (number | string | Long);
  'kind'?: (string);
}

export interface ListAuditRequest__Output {
  'actor_id': (number);
  'action': (string);
  'entity_type': (string);
  'entity_id': (string);
  'page_num': (number);
  'page_size': (number);
  'kind': (string);
}
