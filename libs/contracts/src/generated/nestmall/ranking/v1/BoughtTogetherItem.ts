// Original file: proto/nestmall/ranking/v1/ranking.proto

import type { Long } from '@grpc/proto-loader';

export interface BoughtTogetherItem {
  'rank'?: (number);
  'product_id'?: (number);
  'orders'?: (number | string | Long);
}

export interface BoughtTogetherItem__Output {
  'rank': (number);
  'product_id': (number);
  'orders': (number);
}
