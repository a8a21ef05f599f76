// Original file: proto/nestmall/payment/v1/payment.proto


export interface Notification {
  'method'?: (string);
  'raw_body'?: (string);
  'headers'?: ({[key: string]: string});
}

export interface Notification__Output {
  'method': (string);
  'raw_body': (string);
  'headers': ({[key: string]: string});
}
