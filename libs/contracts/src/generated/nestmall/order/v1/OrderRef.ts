// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface OrderRef {
  'user_id'?: (number | string | Long);
  'order_id'?: (number | string | Long);
}

export interface OrderRef__Output {
  'user_id': (number);
  'order_id': (number);
}
