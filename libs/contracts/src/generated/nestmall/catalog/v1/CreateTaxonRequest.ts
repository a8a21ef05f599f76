// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { TaxonContent as _nestmall_catalog_v1_TaxonContent, TaxonContent__Output as _nestmall_catalog_v1_TaxonContent__Output } from '../../../nestmall/catalog/v1/TaxonContent.js';

export interface CreateTaxonRequest {
  'kind'?: (string);
  'content'?: (_nestmall_catalog_v1_TaxonContent | null);
}

export interface CreateTaxonRequest__Output {
  'kind': (string);
  'content': (_nestmall_catalog_v1_TaxonContent__Output | null);
}
