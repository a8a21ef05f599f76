// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface OrderItem {
  'sku_id'?: (string);
  'title'?: (string);
  'quantity'?: (number);
  'unit_price_cents'?: (number | string | Long);
  'line_total_cents'?: (number | string | Long);
  'refunded_quantity'?: (number);
  'returned_quantity'?: (number);
}

export interface OrderItem__Output {
  'sku_id': (string);
  'title': (string);
  'quantity': (number);
  'unit_price_cents': (number);
  'line_total_cents': (number);
  'refunded_quantity': (number);
  'returned_quantity': (number);
}
