// Original file: proto/nestmall/ranking/v1/ranking.proto

import type { RankedProduct as _nestmall_ranking_v1_RankedProduct, RankedProduct__Output as _nestmall_ranking_v1_RankedProduct__Output } from '../../../nestmall/ranking/v1/RankedProduct.js';
import type { Long } from '@grpc/proto-loader';

export interface TrendingResponse {
  'period'?: (string);
  'from'?: (string);
  'to'?: (string);
  'previous_from'?: (string);
  'previous_to'?: (string);
  'page_num'?: (number);
  'page_size'?: (number);
  'total'?: (number | string | Long);
  'items'?: (_nestmall_ranking_v1_RankedProduct)[];
}

export interface TrendingResponse__Output {
  'period': (string);
  'from': (string);
  'to': (string);
  'previous_from': (string);
  'previous_to': (string);
  'page_num': (number);
  'page_size': (number);
  'total': (number);
  'items': (_nestmall_ranking_v1_RankedProduct__Output)[];
}
