// Original file: proto/nestmall/cart/v1/cart.proto


export interface MergeGuestCartRequest {
  'guest_cart_id'?: (string);
}

export interface MergeGuestCartRequest__Output {
  'guest_cart_id': (string);
}
