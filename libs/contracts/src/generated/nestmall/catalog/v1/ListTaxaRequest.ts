// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface ListTaxaRequest {
  'kind'?: (string);
  'name'?: (string);
  'parent_id'?: (number | string | Long);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListTaxaRequest__Output {
  'kind': (string);
  'name': (string);
  'parent_id': (number);
  'page_num': (number);
  'page_size': (number);
}
