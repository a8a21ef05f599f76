// Original file: proto/nestmall/payment/v1/payment.proto

import type { Long } from '@grpc/proto-loader';

export interface Payment {
  'payment_id'?: (string);
  'order_id'?: (number | string | Long);
  'method'?: (string);
  'status'?: (string);
  'amount_cents'?: (number | string | Long);
  'currency'?: (string);
  'checkout_url'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  'refunded_cents'?: (number | string | Long);
}

export interface Payment__Output {
  'payment_id': (string);
  'order_id': (number);
  'method': (string);
  'status': (string);
  'amount_cents': (number);
  'currency': (string);
  'checkout_url': (string);
  'created_at': (string);
  'updated_at': (string);
  'refunded_cents': (number);
}
