// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface CarrierNotification {
  'body'?: (string);
  'signature'?: (string);
}

export interface CarrierNotification__Output {
  'body': (string);
  'signature': (string);
}
