// Original file: proto/nestmall/inventory/v1/inventory.proto

import type { Long } from '@grpc/proto-loader';

export interface StockEntryRequest {
  'sku_id'?: (string);
  'kind'?: (string);
  'quantity'?: (number | string | Long);
  'reason'?: (string);
}

export interface StockEntryRequest__Output {
  'sku_id': (string);
  'kind': (string);
  'quantity': (number);
  'reason': (string);
}
