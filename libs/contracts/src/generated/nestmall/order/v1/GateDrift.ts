// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface GateDrift {
  'sku_id'?: (string);
  'gate'?: (number | string | Long);
  'available'?: (number | string | Long);
}

export interface GateDrift__Output {
  'sku_id': (string);
  'gate': (number);
  'available': (number);
}
