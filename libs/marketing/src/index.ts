export { MarketingModule, MarketingHttpModule, MARKETING_MIGRATIONS } from './marketing.module.js';
export { MarketingClient } from './client/marketing.client.js';
export type {
  CouponLockView,
  CouponTemplateView,
  CouponView,
  PromotionsView,
  RedPacketShareView,
  RedPacketView,
} from './application/marketing-views.js';
export { MARKETING_PROTO } from './marketing.proto-contract.js';
export { MARKETING_CONTEXT } from './marketing.context.js';
export { MarketingRemoteModule } from './client/marketing-remote.module.js';
export { couponDiscountCents, type CouponPricingTerms } from './domain/coupon-template.js';
