// Original file: proto/nestmall/inventory/v1/inventory.proto


export interface ReturnXaRequest {
  'gid'?: (string);
  'order_gid'?: (string);
}

export interface ReturnXaRequest__Output {
  'gid': (string);
  'order_gid': (string);
}
