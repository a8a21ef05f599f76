// Original file: proto/nestmall/inventory/v1/inventory.proto


export interface ListStockEntriesRequest {
  'sku_id'?: (string);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListStockEntriesRequest__Output {
  'sku_id': (string);
  'page_num': (number);
  'page_size': (number);
}
