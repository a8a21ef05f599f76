// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface DecideAfterSalesRequest {
  'request_id'?: (number | string | Long);
  'decision'?: (string);
  'reason'?: (string);
}

export interface DecideAfterSalesRequest__Output {
  'request_id': (number);
  'decision': (string);
  'reason': (string);
}
