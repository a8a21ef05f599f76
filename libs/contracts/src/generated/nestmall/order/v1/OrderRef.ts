// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface OrderRef {
  'order_id'?: (number | string | Long);
}

export interface OrderRef__Output {
  'order_id': (number);
}
