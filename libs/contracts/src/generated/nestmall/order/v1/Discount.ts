// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface Discount {
  'kind'?: (string);
  'source_id'?: (number | string | Long);
  'label'?: (string);
  'sku_id'?: (string);
  'amount_cents'?: (number | string | Long);
  '_sku_id'?: "sku_id";
}

export interface Discount__Output {
  'kind': (string);
  'source_id': (number);
  'label': (string);
  'sku_id'?: (string);
  'amount_cents': (number);
  '_sku_id'?: "sku_id";
}
