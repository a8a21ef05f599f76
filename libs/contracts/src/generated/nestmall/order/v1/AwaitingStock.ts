// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface AwaitingStock {
  'order_id'?: (number | string | Long);
  'gid'?: (string);
  'waiting_ms'?: (number | string | Long);
}

export interface AwaitingStock__Output {
  'order_id': (number);
  'gid': (string);
  'waiting_ms': (number);
}
