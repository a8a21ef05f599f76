import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import type { CouponRef__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/CouponRef.js';
import type { CreateCouponTemplateRequest__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/CreateCouponTemplateRequest.js';
import type { CreateRedPacketRequest__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/CreateRedPacketRequest.js';
import type { GetPromotionsRequest__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/GetPromotionsRequest.js';
import type { SkuDiscount__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/SkuDiscount.js';
import type { SpendAndSave__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/SpendAndSave.js';
import type { GidRequest__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/GidRequest.js';
import type { LockCouponRequest__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/LockCouponRequest.js';
import type { RedPacketRef__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/RedPacketRef.js';
import type { TemplateRef__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/TemplateRef.js';
import type { EditPromotionRequest__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/EditPromotionRequest.js';
import type { ListPromotionsRequest__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/ListPromotionsRequest.js';
import type { PromotionRef__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/PromotionRef.js';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { CallableBy, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { ClaimCoupon } from '../../application/claim-coupon.js';
import { ClaimRedPacket } from '../../application/claim-red-packet.js';
import { CouponBranch } from '../../application/coupon-branch.js';
import { CouponXaBranch } from '../../application/coupon-xa-branch.js';
import { CreateCouponTemplate } from '../../application/create-coupon-template.js';
import { CreateRedPacket } from '../../application/create-red-packet.js';
import type {
  CouponLockView,
  CouponTemplateView,
  CouponView,
  PromotionPageView,
  PromotionView,
  PromotionsView,
  RedPacketShareView,
  SkuDiscountView,
  SpendAndSaveView,
  RedPacketView,
} from '../../application/marketing-views.js';
import { ManagePromotions } from '../../application/manage-promotions.js';
import { marketingActor } from '../../application/marketing-audit.js';
import { Promotions } from '../../application/promotions.js';
import { ReadMarketing } from '../../application/read-marketing.js';

const SERVICE = 'nestmall.marketing.v1.MarketingService';

/**
 * nestmall.marketing.v1.MarketingService: a thin adapter over the use cases. The staff's creations
 * check the staff token in the metadata and the promotion:write permission here (StaffOnly),
 * whoever calls; the coupon branch answers the order-service (and the monolith); the buyer's
 * methods act for the user of the verified access token.
 */
@Controller()
export class MarketingGrpcController {
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
  ) {}

  @GrpcMethod(SERVICE, 'CreateCouponTemplate')
  @StaffOnly('promotion:write')
  createCouponTemplate(
    @Payload() request: CreateCouponTemplateRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<CouponTemplateView> {
    // proto3 sends 0 for an absent number: the default limit (one a buyer) then.
    return this.createTemplate.execute(marketingActor(caller), {
      ...request,
      per_user_limit: request.per_user_limit || undefined,
    });
  }

  @GrpcMethod(SERVICE, 'GetCouponTemplate')
  @CallableBy('gateway', 'order-service')
  getCouponTemplate(request: TemplateRef__Output): Promise<CouponTemplateView> {
    return this.read.template(request.template_id);
  }

  @GrpcMethod(SERVICE, 'ClaimCoupon')
  @UseGuards(JwtAuthGuard)
  claimCoupon(
    @Payload() request: TemplateRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CouponView> {
    return this.claim.execute(user.userId, request.template_id);
  }

  @GrpcMethod(SERVICE, 'ListMyCoupons')
  @UseGuards(JwtAuthGuard)
  async listMyCoupons(
    @Payload() _request: object,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ coupons: CouponView[] }> {
    return { coupons: await this.read.myCoupons(user.userId) };
  }

  @GrpcMethod(SERVICE, 'GetCoupon')
  @CallableBy('order-service', 'mall')
  getCoupon(request: CouponRef__Output): Promise<CouponView> {
    return this.read.coupon(request.coupon_id, request.user_id);
  }

  @GrpcMethod(SERVICE, 'LockCoupon')
  @CallableBy('order-service', 'mall')
  lockCoupon(request: LockCouponRequest__Output): Promise<CouponLockView> {
    return this.branch.lock({
      gid: request.gid,
      couponId: request.coupon_id,
      userId: request.user_id,
      subtotalCents: request.subtotal_cents,
    });
  }

  @GrpcMethod(SERVICE, 'UseCoupon')
  @CallableBy('order-service', 'mall')
  async useCoupon(request: GidRequest__Output): Promise<object> {
    await this.branch.use(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'ReleaseCoupon')
  @CallableBy('order-service', 'mall')
  async releaseCoupon(request: GidRequest__Output): Promise<object> {
    await this.branch.release(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'PrepareCouponUseXa')
  @CallableBy('order-service', 'mall')
  prepareCouponUseXa(request: LockCouponRequest__Output): Promise<CouponLockView> {
    return this.xa.prepareUse({
      gid: request.gid,
      couponId: request.coupon_id,
      userId: request.user_id,
      subtotalCents: request.subtotal_cents,
    });
  }

  @GrpcMethod(SERVICE, 'CommitXa')
  @CallableBy('order-service', 'mall')
  async commitXa(request: GidRequest__Output): Promise<object> {
    await this.xa.commit(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'RollbackXa')
  @CallableBy('order-service', 'mall')
  async rollbackXa(request: GidRequest__Output): Promise<object> {
    await this.xa.rollback(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'RecoverXa')
  @CallableBy('order-service', 'mall')
  async recoverXa(): Promise<{ gids: string[] }> {
    return { gids: await this.xa.recover() };
  }

  @GrpcMethod(SERVICE, 'CreateSkuDiscount')
  @StaffOnly('promotion:write')
  createSkuDiscount(
    @Payload() request: SkuDiscount__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<SkuDiscountView> {
    return this.promotions.createSkuDiscount(marketingActor(caller), request);
  }

  @GrpcMethod(SERVICE, 'CreateSpendAndSave')
  @StaffOnly('promotion:write')
  createSpendAndSave(
    @Payload() request: SpendAndSave__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<SpendAndSaveView> {
    return this.promotions.createSpendAndSave(marketingActor(caller), request);
  }

  @GrpcMethod(SERVICE, 'GetPromotions')
  @CallableBy('order-service', 'mall')
  getPromotions(request: GetPromotionsRequest__Output): Promise<PromotionsView> {
    return this.promotions.running(request.sku_ids);
  }

  @GrpcMethod(SERVICE, 'CreateRedPacket')
  @StaffOnly('promotion:write')
  createRedPacket(request: CreateRedPacketRequest__Output): Promise<RedPacketView> {
    return this.createPacket.execute(request.total_cents, request.shares);
  }

  @GrpcMethod(SERVICE, 'GetRedPacket')
  @CallableBy('gateway')
  getRedPacket(request: RedPacketRef__Output): Promise<RedPacketView> {
    return this.read.redPacket(request.red_packet_id);
  }

  @GrpcMethod(SERVICE, 'ClaimRedPacket')
  @UseGuards(JwtAuthGuard)
  claimRedPacket(
    @Payload() request: RedPacketRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RedPacketShareView> {
    return this.claimPacket.execute(user.userId, request.red_packet_id);
  }

  @GrpcMethod(SERVICE, 'ListPromotions')
  @StaffOnly()
  listPromotions(request: ListPromotionsRequest__Output): Promise<PromotionPageView> {
    return this.manage.list({
      kind: request.kind,
      status: request.status || undefined,
      page_num: request.page_num,
      page_size: request.page_size,
    });
  }

  @GrpcMethod(SERVICE, 'GetPromotion')
  @StaffOnly()
  getPromotion(request: PromotionRef__Output): Promise<PromotionView> {
    return this.manage.get(request.kind, request.id);
  }

  @GrpcMethod(SERVICE, 'EditPromotion')
  @StaffOnly('promotion:write')
  editPromotion(
    @Payload() request: EditPromotionRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<PromotionView> {
    const { kind, id, ...fields } = request;
    // proto3 optional: an unset field is absent; `_name` and the like name the set ones.
    const changes = Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith('_')));
    return this.manage.edit(marketingActor(caller), kind, id, changes);
  }

  @GrpcMethod(SERVICE, 'EndPromotion')
  @StaffOnly('promotion:write')
  endPromotion(
    @Payload() request: PromotionRef__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<PromotionView> {
    return this.manage.end(marketingActor(caller), request.kind, request.id);
  }
}
