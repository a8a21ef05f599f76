// Original file: proto/nestmall/cart/v1/cart.proto

import type { CartLine as _nestmall_cart_v1_CartLine, CartLine__Output as _nestmall_cart_v1_CartLine__Output } from '../../../nestmall/cart/v1/CartLine.js';
import type { Long } from '@grpc/proto-loader';

export interface Cart {
  'cart_id'?: (string);
  'lines'?: (_nestmall_cart_v1_CartLine)[];
  'total_quantity'?: (number);
  'subtotal_cents'?: (number | string | Long);
  'price_changed'?: (boolean);
  '_cart_id'?: "cart_id";
}

export interface Cart__Output {
  'cart_id'?: (string);
  'lines': (_nestmall_cart_v1_CartLine__Output)[];
  'total_quantity': (number);
  'subtotal_cents': (number);
  'price_changed': (boolean);
  '_cart_id'?: "cart_id";
}
