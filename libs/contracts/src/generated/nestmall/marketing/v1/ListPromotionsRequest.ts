// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface ListPromotionsRequest {
  'kind'?: (string);
  'status'?: (string);
  'page_num'?: (number | string | Long);
  'page_size'?: (number | string | Long);
}

export interface ListPromotionsRequest__Output {
  'kind': (string);
  'status': (string);
  'page_num': (number);
  'page_size': (number);
}
