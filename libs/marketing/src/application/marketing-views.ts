import type { Coupon } from '../domain/coupon.js';
import type { CouponKind, CouponTemplateSnapshot } from '../domain/coupon-template.js';
import {
  Promotion,
  type PromotionKind,
  type PromotionSnapshot,
  type PromotionStatus,
} from '../domain/promotion-lifecycle.js';

/** What the REST and gRPC edges answer (snake_case, as on the wire). */
export interface CouponTemplateView {
  template_id: number;
  name: string;
  kind: CouponKind;
  amount_off_cents: number;
  percent_off: number;
  min_spend_cents: number;
  valid_from: string;
  valid_until: string;
  total_quantity: number;
  per_user_limit: number;
  claimed: number;
}

export interface CouponView {
  coupon_id: number;
  template_id: number;
  user_id: number;
  status: string;
  claimed_at: string;
  template: CouponTemplateView;
}

export interface CreateCouponTemplateInput {
  name: string;
  kind: string;
  amount_off_cents?: number;
  percent_off?: number;
  min_spend_cents?: number;
  valid_from: string;
  valid_until: string;
  total_quantity: number;
  per_user_limit?: number;
}

export interface RedPacketView {
  red_packet_id: number;
  total_cents: number;
  shares: number;
  claimed_shares: number;
  claimed_cents: number;
  created_at: string;
}

export interface RedPacketShareView {
  red_packet_id: number;
  user_id: number;
  amount_cents: number;
  claimed_at: string;
}

/** The Try's answer: what the coupon takes off this order. */
export interface CouponLockView {
  discount_cents: number;
}

export function toTemplateView(t: CouponTemplateSnapshot): CouponTemplateView {
  return {
    template_id: t.templateId,
    name: t.name,
    kind: t.kind,
    amount_off_cents: t.amountOffCents,
    percent_off: t.percentOff,
    min_spend_cents: t.minSpendCents,
    valid_from: t.validFrom.toISOString(),
    valid_until: t.validUntil.toISOString(),
    total_quantity: t.totalQuantity,
    per_user_limit: t.perUserLimit,
    claimed: t.claimed,
  };
}

export function toCouponView(coupon: Coupon): CouponView {
  const c = coupon.snapshot();
  return {
    coupon_id: c.couponId,
    template_id: c.templateId,
    user_id: c.userId,
    status: c.status,
    claimed_at: c.claimedAt.toISOString(),
    template: toTemplateView(c.template),
  };
}

export interface CreateSkuDiscountInput {
  name: string;
  sku_id: string;
  percent_off: number;
  valid_from: string;
  valid_until: string;
}

export interface SkuDiscountView extends CreateSkuDiscountInput {
  discount_id: number;
}

export interface CreateSpendAndSaveInput {
  name: string;
  every_cents: number;
  off_cents: number;
  valid_from: string;
  valid_until: string;
}

export interface SpendAndSaveView extends CreateSpendAndSaveInput {
  rule_id: number;
}

/** The promotions running for an order (what its pricing applies). */
export interface PromotionsView {
  sku_discounts: SkuDiscountView[];
  spend_and_save: SpendAndSaveView[];
}

/** A promotion of any kind (the fields of its kind set, the others absent) and its status now. */
export interface PromotionView {
  kind: PromotionKind;
  id: number;
  name: string;
  status: PromotionStatus;
  valid_from: string;
  valid_until: string;
  sku_id?: string;
  percent_off?: number;
  every_cents?: number;
  off_cents?: number;
  coupon_kind?: CouponKind;
  amount_off_cents?: number;
  min_spend_cents?: number;
  total_quantity?: number;
  per_user_limit?: number;
  claimed?: number;
}

export interface PromotionPageView {
  items: PromotionView[];
  total: number;
  page_num: number;
  page_size: number;
}

export interface ListPromotionsInput {
  kind: string;
  status?: string;
  page_num?: number;
  page_size?: number;
}

/** What an edit changes: the fields given (absent: unchanged). */
export interface EditPromotionInput {
  name?: string;
  valid_from?: string;
  valid_until?: string;
  sku_id?: string;
  percent_off?: number;
  every_cents?: number;
  off_cents?: number;
  coupon_kind?: string;
  amount_off_cents?: number;
  min_spend_cents?: number;
  total_quantity?: number;
  per_user_limit?: number;
}

export function toPromotionView(p: PromotionSnapshot, now: Date): PromotionView {
  const view: PromotionView = {
    kind: p.kind,
    id: p.id,
    name: p.name,
    status: Promotion.restore(p).status(now),
    valid_from: p.validFrom.toISOString(),
    valid_until: p.validUntil.toISOString(),
    sku_id: p.skuId,
    percent_off: p.percentOff,
    every_cents: p.everyCents,
    off_cents: p.offCents,
    coupon_kind: p.couponKind,
    amount_off_cents: p.amountOffCents,
    min_spend_cents: p.minSpendCents,
    total_quantity: p.totalQuantity,
    per_user_limit: p.perUserLimit,
    claimed: p.claimed,
  };
  for (const key of Object.keys(view) as (keyof PromotionView)[])
    if (view[key] === undefined) delete view[key];
  return view;
}
