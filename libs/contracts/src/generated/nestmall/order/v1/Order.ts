// Original file: proto/nestmall/order/v1/order.proto

import type { OrderItem as _nestmall_order_v1_OrderItem, OrderItem__Output as _nestmall_order_v1_OrderItem__Output } from '../../../nestmall/order/v1/OrderItem.js';
import type { ShippingAddress as _nestmall_order_v1_ShippingAddress, ShippingAddress__Output as _nestmall_order_v1_ShippingAddress__Output } from '../../../nestmall/order/v1/ShippingAddress.js';
import type { Discount as _nestmall_order_v1_Discount, Discount__Output as _nestmall_order_v1_Discount__Output } from '../../../nestmall/order/v1/Discount.js';
import type { Long } from '@grpc/proto-loader';

export interface Order {
  'order_id'?: (number | string | Long);
  'user_id'?: (number | string | Long);
  'status'?: (string);
  'items'?: (_nestmall_order_v1_OrderItem)[];
  'subtotal_cents'?: (number | string | Long);
  'shipping_cents'?: (number | string | Long);
  'total_cents'?: (number | string | Long);
  'failure_reason'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  'shipping_address'?: (_nestmall_order_v1_ShippingAddress | null);
  'discount_cents'?: (number | string | Long);
  'discounts'?: (_nestmall_order_v1_Discount)[];
  'coupon_id'?: (number | string | Long);
  'refund_status'?: (string);
  '_failure_reason'?: "failure_reason";
  '_coupon_id'?: "coupon_id";
}

export interface Order__Output {
  'order_id': (number);
  'user_id': (number);
  'status': (string);
  'items': (_nestmall_order_v1_OrderItem__Output)[];
  'subtotal_cents': (number);
  'shipping_cents': (number);
  'total_cents': (number);
  'failure_reason'?: (string);
  'created_at': (string);
  'updated_at': (string);
  'shipping_address': (_nestmall_order_v1_ShippingAddress__Output | null);
  'discount_cents': (number);
  'discounts': (_nestmall_order_v1_Discount__Output)[];
  'coupon_id'?: (number);
  'refund_status': (string);
  '_failure_reason'?: "failure_reason";
  '_coupon_id'?: "coupon_id";
}
