// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface CouponRef {
  'coupon_id'?: (number | string | Long);
  'user_id'?: (number | string | Long);
}

export interface CouponRef__Output {
  'coupon_id': (number);
  'user_id': (number);
}
