// Original file: proto/nestmall/order/v1/order.proto

import type { Transaction as _nestmall_order_v1_Transaction, Transaction__Output as _nestmall_order_v1_Transaction__Output } from '../../../nestmall/order/v1/Transaction.js';

export interface ListTransactionsResponse {
  'transactions'?: (_nestmall_order_v1_Transaction)[];
}

export interface ListTransactionsResponse__Output {
  'transactions': (_nestmall_order_v1_Transaction__Output)[];
}
