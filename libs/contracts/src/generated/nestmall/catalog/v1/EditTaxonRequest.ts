// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { TaxonContent as _nestmall_catalog_v1_TaxonContent, TaxonContent__Output as _nestmall_catalog_v1_TaxonContent__Output } from '../../../nestmall/catalog/v1/TaxonContent.js';
import type { Long } from '@grpc/proto-loader';

export interface EditTaxonRequest {
  'kind'?: (string);
  'id'?: (number | string | Long);
  'content'?: (_nestmall_catalog_v1_TaxonContent | null);
}

export interface EditTaxonRequest__Output {
  'kind': (string);
  'id': (number);
  'content': (_nestmall_catalog_v1_TaxonContent__Output | null);
}
