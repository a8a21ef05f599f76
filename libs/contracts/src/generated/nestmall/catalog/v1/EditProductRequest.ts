// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { ProductContent as _nestmall_catalog_v1_ProductContent, ProductContent__Output as _nestmall_catalog_v1_ProductContent__Output } from '../../../nestmall/catalog/v1/ProductContent.js';
import type { Long } from '@grpc/proto-loader';

export interface EditProductRequest {
  'product_id'?: (number | string | Long);
  'content'?: (_nestmall_catalog_v1_ProductContent | null);
}

export interface EditProductRequest__Output {
  'product_id': (number);
  'content': (_nestmall_catalog_v1_ProductContent__Output | null);
}
