// Original file: proto/nestmall/cart/v1/cart.proto

import type { PlacedOrder as _nestmall_cart_v1_PlacedOrder, PlacedOrder__Output as _nestmall_cart_v1_PlacedOrder__Output } from '../../../nestmall/cart/v1/PlacedOrder.js';
import type { Cart as _nestmall_cart_v1_Cart, Cart__Output as _nestmall_cart_v1_Cart__Output } from '../../../nestmall/cart/v1/Cart.js';

export interface CheckOutResponse {
  'order'?: (_nestmall_cart_v1_PlacedOrder | null);
  'cart'?: (_nestmall_cart_v1_Cart | null);
}

export interface CheckOutResponse__Output {
  'order': (_nestmall_cart_v1_PlacedOrder__Output | null);
  'cart': (_nestmall_cart_v1_Cart__Output | null);
}
