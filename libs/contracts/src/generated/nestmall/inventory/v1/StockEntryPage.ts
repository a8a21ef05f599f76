// Original file: proto/nestmall/inventory/v1/inventory.proto

import type { StockEntry as _nestmall_inventory_v1_StockEntry, StockEntry__Output as _nestmall_inventory_v1_StockEntry__Output } from '../../../nestmall/inventory/v1/StockEntry.js';
import type { Long } from '@grpc/proto-loader';

export interface StockEntryPage {
  'entries'?: (_nestmall_inventory_v1_StockEntry)[];
  'total'?: (number | string | Long);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface StockEntryPage__Output {
  'entries': (_nestmall_inventory_v1_StockEntry__Output)[];
  'total': (number);
  'page_num': (number);
  'page_size': (number);
}
