// Original file: proto/nestmall/cart/v1/cart.proto

import type { Long } from '@grpc/proto-loader';

export interface PlacedOrder {
  'order_id'?: (number | string | Long);
  'status'?: (string);
  'total_cents'?: (number | string | Long);
}

export interface PlacedOrder__Output {
  'order_id': (number);
  'status': (string);
  'total_cents': (number);
}
