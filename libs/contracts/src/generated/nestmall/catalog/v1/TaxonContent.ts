// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface TaxonContent {
  'name'?: (string);
  'parent_id'?: (number | string | Long);
}

export interface TaxonContent__Output {
  'name': (string);
  'parent_id': (number);
}
