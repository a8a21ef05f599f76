// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Sku as _nestmall_catalog_v1_Sku, Sku__Output as _nestmall_catalog_v1_Sku__Output } from '../../../nestmall/catalog/v1/Sku.js';

export interface GetSkusResponse {
  'skus'?: (_nestmall_catalog_v1_Sku)[];
}

export interface GetSkusResponse__Output {
  'skus': (_nestmall_catalog_v1_Sku__Output)[];
}
