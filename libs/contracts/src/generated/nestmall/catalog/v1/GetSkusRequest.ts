// Original file: proto/nestmall/catalog/v1/catalog.proto


export interface GetSkusRequest {
  'sku_ids'?: (string)[];
}

export interface GetSkusRequest__Output {
  'sku_ids': (string)[];
}
