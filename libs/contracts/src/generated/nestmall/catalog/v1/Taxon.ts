// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface Taxon {
  'id'?: (number | string | Long);
  'name'?: (string);
  'parent_id'?: (number | string | Long);
  'version'?: (number | string | Long);
}

export interface Taxon__Output {
  'id': (number);
  'name': (string);
  'parent_id': (number);
  'version': (number);
}
