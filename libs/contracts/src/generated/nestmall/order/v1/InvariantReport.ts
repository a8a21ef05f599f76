// Original file: proto/nestmall/order/v1/order.proto

import type { Transaction as _nestmall_order_v1_Transaction, Transaction__Output as _nestmall_order_v1_Transaction__Output } from '../../../nestmall/order/v1/Transaction.js';
import type { AwaitingStock as _nestmall_order_v1_AwaitingStock, AwaitingStock__Output as _nestmall_order_v1_AwaitingStock__Output } from '../../../nestmall/order/v1/AwaitingStock.js';
import type { GateDrift as _nestmall_order_v1_GateDrift, GateDrift__Output as _nestmall_order_v1_GateDrift__Output } from '../../../nestmall/order/v1/GateDrift.js';
import type { InDoubtBranch as _nestmall_order_v1_InDoubtBranch, InDoubtBranch__Output as _nestmall_order_v1_InDoubtBranch__Output } from '../../../nestmall/order/v1/InDoubtBranch.js';

export interface InvariantReport {
  'ok'?: (boolean);
  'skus_checked'?: (number);
  'orders_checked'?: (number);
  'problems'?: (string)[];
  'unfinished_transactions'?: (_nestmall_order_v1_Transaction)[];
  'awaiting_stock'?: (_nestmall_order_v1_AwaitingStock)[];
  'gate_reconciled'?: (_nestmall_order_v1_GateDrift)[];
  'in_doubt_branches'?: (_nestmall_order_v1_InDoubtBranch)[];
}

export interface InvariantReport__Output {
  'ok': (boolean);
  'skus_checked': (number);
  'orders_checked': (number);
  'problems': (string)[];
  'unfinished_transactions': (_nestmall_order_v1_Transaction__Output)[];
  'awaiting_stock': (_nestmall_order_v1_AwaitingStock__Output)[];
  'gate_reconciled': (_nestmall_order_v1_GateDrift__Output)[];
  'in_doubt_branches': (_nestmall_order_v1_InDoubtBranch__Output)[];
}
