// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface CouponLock {
  'discount_cents'?: (number | string | Long);
}

export interface CouponLock__Output {
  'discount_cents': (number);
}
