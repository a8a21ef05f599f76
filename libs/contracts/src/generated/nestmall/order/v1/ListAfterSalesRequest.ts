// Original file: proto/nestmall/order/v1/order.proto


export interface ListAfterSalesRequest {
  'status'?: (string);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListAfterSalesRequest__Output {
  'status': (string);
  'page_num': (number);
  'page_size': (number);
}
