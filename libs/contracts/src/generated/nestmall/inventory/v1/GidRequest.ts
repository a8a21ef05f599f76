// Original file: proto/nestmall/inventory/v1/inventory.proto


export interface GidRequest {
  'gid'?: (string);
}

export interface GidRequest__Output {
  'gid': (string);
}
