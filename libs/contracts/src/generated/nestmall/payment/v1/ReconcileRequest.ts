// Original file: proto/nestmall/payment/v1/payment.proto


export interface ReconcileRequest {
  'from'?: (string);
  'to'?: (string);
}

export interface ReconcileRequest__Output {
  'from': (string);
  'to': (string);
}
