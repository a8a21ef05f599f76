// Original file: proto/nestmall/inventory/v1/inventory.proto

import type { StockLine as _nestmall_inventory_v1_StockLine, StockLine__Output as _nestmall_inventory_v1_StockLine__Output } from '../../../nestmall/inventory/v1/StockLine.js';

export interface FreezeRequest {
  'gid'?: (string);
  'items'?: (_nestmall_inventory_v1_StockLine)[];
}

export interface FreezeRequest__Output {
  'gid': (string);
  'items': (_nestmall_inventory_v1_StockLine__Output)[];
}
