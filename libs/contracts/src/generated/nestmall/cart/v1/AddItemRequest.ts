// Original file: proto/nestmall/cart/v1/cart.proto


export interface AddItemRequest {
  'cart_id'?: (string);
  'sku_id'?: (string);
  'quantity'?: (number);
}

export interface AddItemRequest__Output {
  'cart_id': (string);
  'sku_id': (string);
  'quantity': (number);
}
