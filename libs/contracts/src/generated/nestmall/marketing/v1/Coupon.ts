// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { CouponTemplate as _nestmall_marketing_v1_CouponTemplate, CouponTemplate__Output as _nestmall_marketing_v1_CouponTemplate__Output } from '../../../nestmall/marketing/v1/CouponTemplate.js';
import type { Long } from '@grpc/proto-loader';

export interface Coupon {
  'coupon_id'?: (number | string | Long);
  'template_id'?: (number | string | Long);
  'user_id'?: (number | string | Long);
  'status'?: (string);
  'claimed_at'?: (string);
  'template'?: (_nestmall_marketing_v1_CouponTemplate | null);
}

export interface Coupon__Output {
  'coupon_id': (number);
  'template_id': (number);
  'user_id': (number);
  'status': (string);
  'claimed_at': (string);
  'template': (_nestmall_marketing_v1_CouponTemplate__Output | null);
}
