// Original file: proto/nestmall/marketing/v1/marketing.proto


export interface GetPromotionsRequest {
  'sku_ids'?: (string)[];
}

export interface GetPromotionsRequest__Output {
  'sku_ids': (string)[];
}
