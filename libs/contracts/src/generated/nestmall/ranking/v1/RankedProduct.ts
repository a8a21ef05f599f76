// Original file: proto/nestmall/ranking/v1/ranking.proto

import type { Long } from '@grpc/proto-loader';

export interface RankedProduct {
  'rank'?: (number);
  'product_id'?: (number);
  'category_id'?: (number);
  'units'?: (number | string | Long);
  'previous_units'?: (number | string | Long);
  'growth'?: (number | string);
  '_category_id'?: "category_id";
}

export interface RankedProduct__Output {
  'rank': (number);
  'product_id': (number);
  'category_id'?: (number);
  'units': (number);
  'previous_units': (number);
  'growth': (number);
  '_category_id'?: "category_id";
}
