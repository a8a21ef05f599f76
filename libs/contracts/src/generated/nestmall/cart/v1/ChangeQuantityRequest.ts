// Original file: proto/nestmall/cart/v1/cart.proto


export interface ChangeQuantityRequest {
  'cart_id'?: (string);
  'sku_id'?: (string);
  'quantity'?: (number);
}

export interface ChangeQuantityRequest__Output {
  'cart_id': (string);
  'sku_id': (string);
  'quantity': (number);
}
