// Original file: proto/nestmall/inventory/v1/inventory.proto

import type { Stock as _nestmall_inventory_v1_Stock, Stock__Output as _nestmall_inventory_v1_Stock__Output } from '../../../nestmall/inventory/v1/Stock.js';

export interface LedgerResponse {
  'stock'?: (_nestmall_inventory_v1_Stock)[];
}

export interface LedgerResponse__Output {
  'stock': (_nestmall_inventory_v1_Stock__Output)[];
}
