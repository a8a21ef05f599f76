// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Promotion as _nestmall_marketing_v1_Promotion, Promotion__Output as _nestmall_marketing_v1_Promotion__Output } from '../../../nestmall/marketing/v1/Promotion.js';
import type { Long } from '@grpc/proto-loader';

export interface PromotionPage {
  'items'?: (_nestmall_marketing_v1_Promotion)[];
  'total'?: (number | string | Long);
  'page_num'?: (number | string | Long);
  'page_size'?: (number | string | Long);
}

export interface PromotionPage__Output {
  'items': (_nestmall_marketing_v1_Promotion__Output)[];
  'total': (number);
  'page_num': (number);
  'page_size': (number);
}
