// Original file: proto/nestmall/payment/v1/payment.proto

import type { Header as _nestmall_payment_v1_Header, Header__Output as _nestmall_payment_v1_Header__Output } from '../../../nestmall/payment/v1/Header.js';

export interface Notification {
  'method'?: (string);
  'raw_body'?: (string);
  'headers'?: (_nestmall_payment_v1_Header)[];
}

export interface Notification__Output {
  'method': (string);
  'raw_body': (string);
  'headers': (_nestmall_payment_v1_Header__Output)[];
}
