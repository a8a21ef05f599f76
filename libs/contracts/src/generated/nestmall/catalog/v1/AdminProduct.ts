// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { AdminSku as _nestmall_catalog_v1_AdminSku, AdminSku__Output as _nestmall_catalog_v1_AdminSku__Output } from '../../../nestmall/catalog/v1/AdminSku.js';
import type { Long } from '@grpc/proto-loader';

export interface AdminProduct {
  'product_id'?: (number | string | Long);
  'name'?: (string);
  'brand_id'?: (number | string | Long);
  'category_id'?: (number | string | Long);
  'status'?: (string);
  'reject_reason'?: (string);
  'version'?: (number | string | Long);
  'skus'?: (_nestmall_catalog_v1_AdminSku)[];
  'images'?: (string)[];
}

export interface AdminProduct__Output {
  'product_id': (number);
  'name': (string);
  'brand_id': (number);
  'category_id': (number);
  'status': (string);
  'reject_reason': (string);
  'version': (number);
  'skus': (_nestmall_catalog_v1_AdminSku__Output)[];
  'images': (string)[];
}
