// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { AdminProduct as _nestmall_catalog_v1_AdminProduct, AdminProduct__Output as _nestmall_catalog_v1_AdminProduct__Output } from '../../../nestmall/catalog/v1/AdminProduct.js';
import type { Long } from '@grpc/proto-loader';

export interface AdminProductPage {
  'products'?: (_nestmall_catalog_v1_AdminProduct)[];
  'total'?: (number | string | Long);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface AdminProductPage__Output {
  'products': (_nestmall_catalog_v1_AdminProduct__Output)[];
  'total': (number);
  'page_num': (number);
  'page_size': (number);
}
