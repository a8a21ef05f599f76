import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@nestmall/platform';
import { ClaimCoupon } from '../application/claim-coupon.js';
import { ClaimRedPacket } from '../application/claim-red-packet.js';
import { CouponBranch } from '../application/coupon-branch.js';
import { CouponXaBranch } from '../application/coupon-xa-branch.js';
import { CreateCouponTemplate } from '../application/create-coupon-template.js';
import { CreateRedPacket } from '../application/create-red-packet.js';
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
import { ManagePromotions } from '../application/manage-promotions.js';
import { marketingActor } from '../application/marketing-audit.js';
import { Promotions } from '../application/promotions.js';
import { ReadMarketing } from '../application/read-marketing.js';
import { MarketingClient, type MarketingStaff } from './marketing.client.js';

/**
 * MarketingClient for the monolith: direct calls (each still its own unit of work). The staff's
 * creations were checked by the route's StaffGuard in this very process.
 */
@Injectable()
export class InProcessMarketingClient extends MarketingClient {
  override readonly local = true;

  constructor(
    private readonly createTemplate: CreateCouponTemplate,
    private readonly claim: ClaimCoupon,
    private readonly branch: CouponBranch,
    private readonly xa: CouponXaBranch,
    private readonly createPacket: CreateRedPacket,
    private readonly claimPacket: ClaimRedPacket,
    private readonly read: ReadMarketing,
    private readonly promotions: Promotions,
    private readonly manage: ManagePromotions,
  ) {
    super();
  }

  createCouponTemplate(
    staff: MarketingStaff,
    input: CreateCouponTemplateInput,
  ): Promise<CouponTemplateView> {
    return this.createTemplate.execute(marketingActor(staff), input);
  }

  getCouponTemplate(templateId: number): Promise<CouponTemplateView> {
    return this.read.template(templateId);
  }

  claimCoupon(caller: AuthenticatedUser, templateId: number): Promise<CouponView> {
    return this.claim.execute(caller.userId, templateId);
  }

  listMyCoupons(caller: AuthenticatedUser): Promise<CouponView[]> {
    return this.read.myCoupons(caller.userId);
  }

  getCoupon(couponId: number, userId: number): Promise<CouponView> {
    return this.read.coupon(couponId, userId);
  }

  lockCoupon(
    gid: string,
    couponId: number,
    userId: number,
    subtotalCents: number,
  ): Promise<CouponLockView> {
    return this.branch.lock({ gid, couponId, userId, subtotalCents });
  }

  prepareCouponUseXa(
    gid: string,
    couponId: number,
    userId: number,
    subtotalCents: number,
  ): Promise<CouponLockView> {
    return this.xa.prepareUse({ gid, couponId, userId, subtotalCents });
  }

  commitXa(gid: string): Promise<void> {
    return this.xa.commit(gid);
  }

  rollbackXa(gid: string): Promise<void> {
    return this.xa.rollback(gid);
  }

  recoverXa(): Promise<string[]> {
    return this.xa.recover();
  }

  useCoupon(gid: string): Promise<void> {
    return this.branch.use(gid);
  }

  releaseCoupon(gid: string): Promise<void> {
    return this.branch.release(gid);
  }

  createSkuDiscount(
    staff: MarketingStaff,
    input: CreateSkuDiscountInput,
  ): Promise<SkuDiscountView> {
    return this.promotions.createSkuDiscount(marketingActor(staff), input);
  }

  createSpendAndSave(
    staff: MarketingStaff,
    input: CreateSpendAndSaveInput,
  ): Promise<SpendAndSaveView> {
    return this.promotions.createSpendAndSave(marketingActor(staff), input);
  }

  getPromotions(skuIds: string[]): Promise<PromotionsView> {
    return this.promotions.running(skuIds);
  }

  createRedPacket(
    _staff: MarketingStaff,
    totalCents: number,
    shares: number,
  ): Promise<RedPacketView> {
    return this.createPacket.execute(totalCents, shares);
  }

  listPromotions(_staff: MarketingStaff, input: ListPromotionsInput): Promise<PromotionPageView> {
    return this.manage.list(input);
  }

  getPromotion(_staff: MarketingStaff, kind: string, id: number): Promise<PromotionView> {
    return this.manage.get(kind, id);
  }

  editPromotion(
    staff: MarketingStaff,
    kind: string,
    id: number,
    input: EditPromotionInput,
  ): Promise<PromotionView> {
    return this.manage.edit(marketingActor(staff), kind, id, input);
  }

  endPromotion(staff: MarketingStaff, kind: string, id: number): Promise<PromotionView> {
    return this.manage.end(marketingActor(staff), kind, id);
  }

  getRedPacket(redPacketId: number): Promise<RedPacketView> {
    return this.read.redPacket(redPacketId);
  }

  claimRedPacket(caller: AuthenticatedUser, redPacketId: number): Promise<RedPacketShareView> {
    return this.claimPacket.execute(caller.userId, redPacketId);
  }
}
