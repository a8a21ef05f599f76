// Original file: proto/nestmall/inventory/v1/inventory.proto

import type { Long } from '@grpc/proto-loader';

export interface Stock {
  'sku_id'?: (string);
  'available'?: (number | string | Long);
  'frozen'?: (number | string | Long);
  'sold'?: (number | string | Long);
  'total_in'?: (number | string | Long);
}

export interface Stock__Output {
  'sku_id': (string);
  'available': (number);
  'frozen': (number);
  'sold': (number);
  'total_in': (number);
}
