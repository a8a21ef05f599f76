// Original file: proto/nestmall/inventory/v1/inventory.proto


export interface StockLine {
  'sku_id'?: (string);
  'quantity'?: (number);
}

export interface StockLine__Output {
  'sku_id': (string);
  'quantity': (number);
}
