// Original file: proto/nestmall/inventory/v1/inventory.proto


export interface GetStockRequest {
  'sku_id'?: (string);
}

export interface GetStockRequest__Output {
  'sku_id': (string);
}
