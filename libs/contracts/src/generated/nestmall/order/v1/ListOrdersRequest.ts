// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface ListOrdersRequest {
  'user_id'?: (number | string | Long);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListOrdersRequest__Output {
  'user_id': (number);
  'page_num': (number);
  'page_size': (number);
}
