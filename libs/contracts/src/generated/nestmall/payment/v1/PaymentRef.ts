// Original file: proto/nestmall/payment/v1/payment.proto


export interface PaymentRef {
  'payment_id'?: (string);
}

export interface PaymentRef__Output {
  'payment_id': (string);
}
