// Original file: proto/nestmall/ranking/v1/ranking.proto

import type { BoughtTogetherItem as _nestmall_ranking_v1_BoughtTogetherItem, BoughtTogetherItem__Output as _nestmall_ranking_v1_BoughtTogetherItem__Output } from '../../../nestmall/ranking/v1/BoughtTogetherItem.js';
import type { Long } from '@grpc/proto-loader';

export interface BoughtTogetherResponse {
  'product_id'?: (number);
  'page_num'?: (number);
  'page_size'?: (number);
  'total'?: (number | string | Long);
  'items'?: (_nestmall_ranking_v1_BoughtTogetherItem)[];
}

export interface BoughtTogetherResponse__Output {
  'product_id': (number);
  'page_num': (number);
  'page_size': (number);
  'total': (number);
  'items': (_nestmall_ranking_v1_BoughtTogetherItem__Output)[];
}
