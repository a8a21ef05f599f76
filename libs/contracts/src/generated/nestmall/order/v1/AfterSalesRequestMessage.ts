// Original file: proto/nestmall/order/v1/order.proto

import type { OrderLine as _nestmall_order_v1_OrderLine, OrderLine__Output as _nestmall_order_v1_OrderLine__Output } from '../../../nestmall/order/v1/OrderLine.js';
import type { Long } from '@grpc/proto-loader';

export interface AfterSalesRequestMessage {
  'order_id'?: (number | string | Long);
  'kind'?: (string);
  'reason'?: (string);
  'lines'?: (_nestmall_order_v1_OrderLine)[];
}

export interface AfterSalesRequestMessage__Output {
  'order_id': (number);
  'kind': (string);
  'reason': (string);
  'lines': (_nestmall_order_v1_OrderLine__Output)[];
}
