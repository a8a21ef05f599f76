// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface CreateShipmentRequest {
  'order_id'?: (number);
  'recipient'?: (string);
  'mobile'?: (string);
  'address'?: (string);
}

export interface CreateShipmentRequest__Output {
  'order_id': (number);
  'recipient': (string);
  'mobile': (string);
  'address': (string);
}
