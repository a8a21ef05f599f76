// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface Sku {
  'sku_id'?: (string);
  'product_id'?: (number | string | Long);
  'title'?: (string);
  'price_cents'?: (number | string | Long);
  'on_shelf'?: (boolean);
  'category_id'?: (number | string | Long);
}

export interface Sku__Output {
  'sku_id': (string);
  'product_id': (number);
  'title': (string);
  'price_cents': (number);
  'on_shelf': (boolean);
  'category_id': (number);
}
