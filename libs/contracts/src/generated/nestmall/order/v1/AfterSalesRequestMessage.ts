// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface AfterSalesRequestMessage {
  'order_id'?: (number | string | Long);
  'kind'?: (string);
  'reason'?: (string);
}

export interface AfterSalesRequestMessage__Output {
  'order_id': (number);
  'kind': (string);
  'reason': (string);
}
