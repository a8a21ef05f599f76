// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Sku as _nestmall_catalog_v1_Sku, Sku__Output as _nestmall_catalog_v1_Sku__Output } from '../../../nestmall/catalog/v1/Sku.js';
import type { Long } from '@grpc/proto-loader';

export interface Product {
  'product_id'?: (number | string | Long);
  'name'?: (string);
  'skus'?: (_nestmall_catalog_v1_Sku)[];
  'images'?: (string)[];
}

export interface Product__Output {
  'product_id': (number);
  'name': (string);
  'skus': (_nestmall_catalog_v1_Sku__Output)[];
  'images': (string)[];
}
