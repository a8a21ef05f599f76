// Original file: proto/nestmall/order/v1/order.proto


export interface RetryTransactionRequest {
  'gid'?: (string);
}

export interface RetryTransactionRequest__Output {
  'gid': (string);
}
