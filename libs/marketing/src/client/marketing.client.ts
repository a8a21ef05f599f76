import type { AuthenticatedUser } from '@nestmall/ports/platform';
import type {
  CouponLockView,
  CouponTemplateView,
  CouponView,
  CreateCouponTemplateInput,
  CreateSkuDiscountInput,
  CreateSpendAndSaveInput,
  EditPromotionInput,
  ListPromotionsInput,
  PromotionPageView,
  PromotionView,
  PromotionsView,
  SkuDiscountView,
  SpendAndSaveView,
  RedPacketShareView,
  RedPacketView,
} from '../application/marketing-views.js';

/**
 * A staff member proved by a staff token (the admin context's StaffGuard, with the route's
 * permission): who they are (the audit's actor) and the token, which the gRPC adapter forwards so
 * the marketing host checks it again.
 */
export interface MarketingStaff {
  staff: { staff_id: number; email: string };
  accessToken: string;
}

/**
 * The port through which the REST edge and the orders context (the TCC coordinator) reach the
 * marketing context. lockCoupon/useCoupon/releaseCoupon are the coupon branch's Try/Confirm/
 * Cancel for global transaction `gid`: idempotent, so any adapter may retry them. The buyer's
 * methods act for `caller` (its access token travels with a gRPC call); the staff's creations
 * carry `staff` (its staff token travels likewise).
 */
export abstract class MarketingClient {
  /**
   * True when its calls run in this process on the app's database and join the caller's unit of
   * work (the in-process adapter): the TCC coordinator may then commit in one phase.
   */
  readonly local: boolean = false;
  abstract createCouponTemplate(
    staff: MarketingStaff,
    input: CreateCouponTemplateInput,
  ): Promise<CouponTemplateView>;
  abstract getCouponTemplate(templateId: number): Promise<CouponTemplateView>;
  abstract claimCoupon(caller: AuthenticatedUser, templateId: number): Promise<CouponView>;
  abstract listMyCoupons(caller: AuthenticatedUser): Promise<CouponView[]>;
  /** A coupon of `userId` (the orders context's verified user) with its terms. */
  abstract getCoupon(couponId: number, userId: number): Promise<CouponView>;
  abstract lockCoupon(
    gid: string,
    couponId: number,
    userId: number,
    subtotalCents: number,
  ): Promise<CouponLockView>;
  abstract useCoupon(gid: string): Promise<void>;
  abstract releaseCoupon(gid: string): Promise<void>;
  /**
   * 2PC over XA (ORDER_CONSISTENCY=xa): phase one locks and uses the coupon in a prepared XA
   * branch of the marketing database, answering the discount as lockCoupon does (never retried:
   * a second XA START of the gid would be refused); phase two commits or rolls it back
   * (idempotent); recoverXa lists the prepared branches.
   */
  abstract prepareCouponUseXa(
    gid: string,
    couponId: number,
    userId: number,
    subtotalCents: number,
  ): Promise<CouponLockView>;
  abstract commitXa(gid: string): Promise<void>;
  abstract rollbackXa(gid: string): Promise<void>;
  abstract recoverXa(): Promise<string[]>;
  abstract createSkuDiscount(
    staff: MarketingStaff,
    input: CreateSkuDiscountInput,
  ): Promise<SkuDiscountView>;
  abstract createSpendAndSave(
    staff: MarketingStaff,
    input: CreateSpendAndSaveInput,
  ): Promise<SpendAndSaveView>;
  /** The promotions running now for an order of `skuIds` (its pricing applies them). */
  abstract getPromotions(skuIds: string[]): Promise<PromotionsView>;
  abstract createRedPacket(
    staff: MarketingStaff,
    totalCents: number,
    shares: number,
  ): Promise<RedPacketView>;
  /** The staff's promotions of one kind, newest first (any staff member). */
  abstract listPromotions(
    staff: MarketingStaff,
    input: ListPromotionsInput,
  ): Promise<PromotionPageView>;
  abstract getPromotion(staff: MarketingStaff, kind: string, id: number): Promise<PromotionView>;
  /** promotion:write; the Promotion aggregate decides what may change now. */
  abstract editPromotion(
    staff: MarketingStaff,
    kind: string,
    id: number,
    input: EditPromotionInput,
  ): Promise<PromotionView>;
  abstract endPromotion(staff: MarketingStaff, kind: string, id: number): Promise<PromotionView>;
  abstract getRedPacket(redPacketId: number): Promise<RedPacketView>;
  abstract claimRedPacket(
    caller: AuthenticatedUser,
    redPacketId: number,
  ): Promise<RedPacketShareView>;
}
