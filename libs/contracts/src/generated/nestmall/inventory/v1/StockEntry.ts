// Original file: proto/nestmall/inventory/v1/inventory.proto

import type { Long } from '@grpc/proto-loader';

export interface StockEntry {
  'entry_id'?: (number | string | Long);
  'sku_id'?: (string);
  'kind'?: (string);
  'quantity'?: (number | string | Long);
  'reason'?: (string);
  'actor_id'?: (number | string | Long);
  'actor_email'?: (string);
  'available_after'?: (number | string | Long);
  'total_in_after'?: (number | string | Long);
  'at'?: (string);
}

export interface StockEntry__Output {
  'entry_id': (number);
  'sku_id': (string);
  'kind': (string);
  'quantity': (number);
  'reason': (string);
  'actor_id': (number);
  'actor_email': (string);
  'available_after': (number);
  'total_in_after': (number);
  'at': (string);
}
