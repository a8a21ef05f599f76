// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface ListAdminProductsRequest {
  'status'?: (string);
  'brand_id'?: (number | string | Long);
  'category_id'?: (number | string | Long);
  'name'?: (string);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListAdminProductsRequest__Output {
  'status': (string);
  'brand_id': (number);
  'category_id': (number);
  'name': (string);
  'page_num': (number);
  'page_size': (number);
}
