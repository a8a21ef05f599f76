// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface AfterSalesRef {
  'request_id'?: (number | string | Long);
}

export interface AfterSalesRef__Output {
  'request_id': (number);
}
