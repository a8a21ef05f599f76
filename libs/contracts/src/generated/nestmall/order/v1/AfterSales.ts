// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface AfterSales {
  'request_id'?: (number | string | Long);
  'order_id'?: (number | string | Long);
  'user_id'?: (number | string | Long);
  'kind'?: (string);
  'status'?: (string);
  'reason'?: (string);
  'refund_cents'?: (number | string | Long);
  'decision_reason'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  '_decision_reason'?: "decision_reason";
}

export interface AfterSales__Output {
  'request_id': (number);
  'order_id': (number);
  'user_id': (number);
  'kind': (string);
  'status': (string);
  'reason': (string);
  'refund_cents': (number);
  'decision_reason'?: (string);
  'created_at': (string);
  'updated_at': (string);
  '_decision_reason'?: "decision_reason";
}
