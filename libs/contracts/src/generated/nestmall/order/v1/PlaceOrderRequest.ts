// Original file: proto/nestmall/order/v1/order.proto

import type { OrderLine as _nestmall_order_v1_OrderLine, OrderLine__Output as _nestmall_order_v1_OrderLine__Output } from '../../../nestmall/order/v1/OrderLine.js';
import type { Long } from '@grpc/proto-loader';

export interface PlaceOrderRequest {
  'items'?: (_nestmall_order_v1_OrderLine)[];
  'idempotency_key'?: (string);
  'address_id'?: (number | string | Long);
  'coupon_id'?: (number | string | Long);
}

export interface PlaceOrderRequest__Output {
  'items': (_nestmall_order_v1_OrderLine__Output)[];
  'idempotency_key': (string);
  'address_id': (number);
  'coupon_id': (number);
}
