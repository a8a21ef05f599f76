// Original file: proto/nestmall/cart/v1/cart.proto


export interface CartRef {
  'cart_id'?: (string);
}

export interface CartRef__Output {
  'cart_id': (string);
}
