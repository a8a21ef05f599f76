// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Coupon as _nestmall_marketing_v1_Coupon, Coupon__Output as _nestmall_marketing_v1_Coupon__Output } from '../../../nestmall/marketing/v1/Coupon.js';

export interface ListCouponsResponse {
  'coupons'?: (_nestmall_marketing_v1_Coupon)[];
}

export interface ListCouponsResponse__Output {
  'coupons': (_nestmall_marketing_v1_Coupon__Output)[];
}
