// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface PromotionRef {
  'kind'?: (string);
  'id'?: (number | string | Long);
}

export interface PromotionRef__Output {
  'kind': (string);
  'id': (number);
}
