// Original file: proto/nestmall/cart/v1/cart.proto

import type { Long } from '@grpc/proto-loader';

export interface CheckOutRequest {
  'sku_ids'?: (string)[];
  'address_id'?: (number | string | Long);
  'idempotency_key'?: (string);
  'accept_price_changes'?: (boolean);
  'coupon_id'?: (number | string | Long);
}

export interface CheckOutRequest__Output {
  'sku_ids': (string)[];
  'address_id': (number);
  'idempotency_key': (string);
  'accept_price_changes': (boolean);
  'coupon_id': (number);
}
