// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface LockCouponRequest {
  'gid'?: (string);
  'coupon_id'?: (number | string | Long);
  'user_id'?: (number | string | Long);
  'subtotal_cents'?: (number | string | Long);
}

export interface LockCouponRequest__Output {
  'gid': (string);
  'coupon_id': (number);
  'user_id': (number);
  'subtotal_cents': (number);
}
