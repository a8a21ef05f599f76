// Original file: proto/nestmall/order/v1/order.proto


export interface ListOrdersRequest {
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListOrdersRequest__Output {
  'page_num': (number);
  'page_size': (number);
}
