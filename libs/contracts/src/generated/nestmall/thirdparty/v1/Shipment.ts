// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface Shipment {
  'carrier'?: (string);
  'tracking_number'?: (string);
}

export interface Shipment__Output {
  'carrier': (string);
  'tracking_number': (string);
}
