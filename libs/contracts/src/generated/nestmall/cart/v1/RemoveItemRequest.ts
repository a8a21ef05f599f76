// Original file: proto/nestmall/cart/v1/cart.proto


export interface RemoveItemRequest {
  'cart_id'?: (string);
  'sku_id'?: (string);
}

export interface RemoveItemRequest__Output {
  'cart_id': (string);
  'sku_id': (string);
}
