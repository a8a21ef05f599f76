// Original file: proto/nestmall/payment/v1/payment.proto


export interface NotificationOutcome {
  'payment_id'?: (string);
  'status'?: (string);
  'changed'?: (boolean);
}

export interface NotificationOutcome__Output {
  'payment_id': (string);
  'status': (string);
  'changed': (boolean);
}
