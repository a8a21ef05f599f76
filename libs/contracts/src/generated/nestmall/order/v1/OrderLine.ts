// Original file: proto/nestmall/order/v1/order.proto


export interface OrderLine {
  'sku_id'?: (string);
  'quantity'?: (number);
}

export interface OrderLine__Output {
  'sku_id': (string);
  'quantity': (number);
}
