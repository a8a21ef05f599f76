// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Product as _nestmall_catalog_v1_Product, Product__Output as _nestmall_catalog_v1_Product__Output } from '../../../nestmall/catalog/v1/Product.js';

export interface ListProductsResponse {
  'products'?: (_nestmall_catalog_v1_Product)[];
}

export interface ListProductsResponse__Output {
  'products': (_nestmall_catalog_v1_Product__Output)[];
}
