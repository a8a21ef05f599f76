// Original file: proto/nestmall/order/v1/order.proto

import type { Order as _nestmall_order_v1_Order, Order__Output as _nestmall_order_v1_Order__Output } from '../../../nestmall/order/v1/Order.js';
import type { Long } from '@grpc/proto-loader';

export interface ListOrdersResponse {
  'orders'?: (_nestmall_order_v1_Order)[];
  'total'?: (number | string | Long);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListOrdersResponse__Output {
  'orders': (_nestmall_order_v1_Order__Output)[];
  'total': (number);
  'page_num': (number);
  'page_size': (number);
}
