// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface SkuDiscount {
  'discount_id'?: (number | string | Long);
  'name'?: (string);
  'sku_id'?: (string);
  'percent_off'?: (number);
  'valid_from'?: (string);
  'valid_until'?: (string);
}

export interface SkuDiscount__Output {
  'discount_id': (number);
  'name': (string);
  'sku_id': (string);
  'percent_off': (number);
  'valid_from': (string);
  'valid_until': (string);
}
