// Original file: proto/nestmall/cart/v1/cart.proto

import type { Cart as _nestmall_cart_v1_Cart, Cart__Output as _nestmall_cart_v1_Cart__Output } from '../../../nestmall/cart/v1/Cart.js';
import type { MergeOutcome as _nestmall_cart_v1_MergeOutcome, MergeOutcome__Output as _nestmall_cart_v1_MergeOutcome__Output } from '../../../nestmall/cart/v1/MergeOutcome.js';

export interface MergedCart {
  'cart'?: (_nestmall_cart_v1_Cart | null);
  'merge'?: (_nestmall_cart_v1_MergeOutcome | null);
}

export interface MergedCart__Output {
  'cart': (_nestmall_cart_v1_Cart__Output | null);
  'merge': (_nestmall_cart_v1_MergeOutcome__Output | null);
}
