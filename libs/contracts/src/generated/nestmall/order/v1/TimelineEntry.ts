// Original file: proto/nestmall/order/v1/order.proto


export interface TimelineEntry {
  'kind'?: (string);
  'status'?: (string);
  'cause'?: (string);
  'detail'?: (string);
  'at'?: (string);
  '_status'?: "status";
  '_detail'?: "detail";
}

export interface TimelineEntry__Output {
  'kind': (string);
  'status'?: (string);
  'cause': (string);
  'detail'?: (string);
  'at': (string);
  '_status'?: "status";
  '_detail'?: "detail";
}
