// Original file: proto/nestmall/order/v1/order.proto

import type { OrderLine as _nestmall_order_v1_OrderLine, OrderLine__Output as _nestmall_order_v1_OrderLine__Output } from '../../../nestmall/order/v1/OrderLine.js';
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
  'lines'?: (_nestmall_order_v1_OrderLine)[];
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
  'lines': (_nestmall_order_v1_OrderLine__Output)[];
  '_decision_reason'?: "decision_reason";
}
