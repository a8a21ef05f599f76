// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface ReviewProductRequest {
  'product_id'?: (number | string | Long);
  'step'?: (string);
  'reason'?: (string);
}

export interface ReviewProductRequest__Output {
  'product_id': (number);
  'step': (string);
  'reason': (string);
}
