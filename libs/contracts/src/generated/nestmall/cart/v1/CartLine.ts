// Original file: proto/nestmall/cart/v1/cart.proto

import type { Long } from '@grpc/proto-loader';

export interface CartLine {
  'sku_id'?: (string);
  'title'?: (string);
  'quantity'?: (number);
  'price_when_added_cents'?: (number | string | Long);
  'current_price_cents'?: (number | string | Long);
  'price_changed'?: (boolean);
  'line_total_cents'?: (number | string | Long);
  'on_shelf'?: (boolean);
  'available'?: (number | string | Long);
  'in_stock'?: (boolean);
  'added_at'?: (string);
  '_title'?: "title";
  '_current_price_cents'?: "current_price_cents";
  '_line_total_cents'?: "line_total_cents";
}

export interface CartLine__Output {
  'sku_id': (string);
  'title'?: (string);
  'quantity': (number);
  'price_when_added_cents': (number);
  'current_price_cents'?: (number);
  'price_changed': (boolean);
  'line_total_cents'?: (number);
  'on_shelf': (boolean);
  'available': (number);
  'in_stock': (boolean);
  'added_at': (string);
  '_title'?: "title";
  '_current_price_cents'?: "current_price_cents";
  '_line_total_cents'?: "line_total_cents";
}
