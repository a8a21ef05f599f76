// '@nestmall/ports/marketing': the marketing client port, its views and the coupon's pricing rule,
// for other contexts' domain/ and application/ code (no transport, no ORM behind it).
export { MarketingClient } from './client/marketing.client.js';
export type {
  CouponLockView,
  CouponTemplateView,
  CouponView,
  PromotionsView,
  RedPacketShareView,
  RedPacketView,
} from './application/marketing-views.js';
export { couponDiscountCents, type CouponPricingTerms } from './domain/coupon-template.js';
