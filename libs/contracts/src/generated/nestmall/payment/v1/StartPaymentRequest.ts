// Original file: proto/nestmall/payment/v1/payment.proto

import type { Long } from '@grpc/proto-loader';

export interface StartPaymentRequest {
  'order_id'?: (number | string | Long);
  'method'?: (string);
}

export interface StartPaymentRequest__Output {
  'order_id': (number);
  'method': (string);
}
