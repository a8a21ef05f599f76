// Original file: proto/nestmall/marketing/v1/marketing.proto


export interface GidRequest {
  'gid'?: (string);
}

export interface GidRequest__Output {
  'gid': (string);
}
