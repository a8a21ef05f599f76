import type { Coupon__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/Coupon.js';
import type { CouponLock__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/CouponLock.js';
import type { CouponTemplate__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/CouponTemplate.js';
import type { ListCouponsResponse__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/ListCouponsResponse.js';
import type { MarketingServiceClient } from '@nestmall/contracts/generated/nestmall/marketing/v1/MarketingService.js';
import type { Promotion__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/Promotion.js';
import type { PromotionPage__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/PromotionPage.js';
import type { Promotions__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/Promotions.js';
import type { SkuDiscount__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/SkuDiscount.js';
import type { SpendAndSave__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/SpendAndSave.js';
import type { RedPacket__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/RedPacket.js';
import type { RedPacketShare__Output } from '@nestmall/contracts/generated/nestmall/marketing/v1/RedPacketShare.js';
import type { AuthenticatedUser, GrpcReplicaPool } from '@nestmall/platform';
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
import type { CouponKind } from '../domain/coupon-template.js';
import type { PromotionKind, PromotionStatus } from '../domain/promotion-lifecycle.js';
import { MarketingClient, type MarketingStaff } from './marketing.client.js';

/**
 * MarketingClient over gRPC. Reads and the TCC branch (barrier-guarded) may be retried on another
 * replica; creating and claiming are sent once (a repeat would be a second claim). The staff's
 * creations carry the staff token in the metadata (the marketing host checks it again).
 */
export class GrpcMarketingClient extends MarketingClient {
  constructor(private readonly pool: GrpcReplicaPool<MarketingServiceClient>) {
    super();
  }

  async createCouponTemplate(
    staff: MarketingStaff,
    input: CreateCouponTemplateInput,
  ): Promise<CouponTemplateView> {
    const message = {
      ...input,
      amount_off_cents: input.amount_off_cents ?? 0,
      percent_off: input.percent_off ?? 0,
      min_spend_cents: input.min_spend_cents ?? 0,
      per_user_limit: input.per_user_limit ?? 0,
    };
    return toTemplateView(
      await this.pool.unary<CouponTemplate__Output>(
        'CreateCouponTemplate',
        message,
        false,
        undefined,
        staff.accessToken,
      ),
    );
  }

  async getCouponTemplate(templateId: number): Promise<CouponTemplateView> {
    return toTemplateView(
      await this.pool.unary<CouponTemplate__Output>(
        'GetCouponTemplate',
        { template_id: templateId },
        true,
      ),
    );
  }

  async claimCoupon(caller: AuthenticatedUser, templateId: number): Promise<CouponView> {
    return toCouponView(
      await this.pool.unary<Coupon__Output>(
        'ClaimCoupon',
        { template_id: templateId },
        false,
        undefined,
        caller.accessToken,
      ),
    );
  }

  async listMyCoupons(caller: AuthenticatedUser): Promise<CouponView[]> {
    const answer = await this.pool.unary<ListCouponsResponse__Output>(
      'ListMyCoupons',
      {},
      true,
      undefined,
      caller.accessToken,
    );
    return answer.coupons.map(toCouponView);
  }

  async getCoupon(couponId: number, userId: number): Promise<CouponView> {
    const message = { coupon_id: couponId, user_id: userId };
    return toCouponView(await this.pool.unary<Coupon__Output>('GetCoupon', message, true));
  }

  lockCoupon(
    gid: string,
    couponId: number,
    userId: number,
    subtotalCents: number,
  ): Promise<CouponLockView> {
    return this.lock('LockCoupon', true, [gid, couponId, userId, subtotalCents]);
  }

  async useCoupon(gid: string): Promise<void> {
    await this.pool.unary('UseCoupon', { gid }, true);
  }

  async releaseCoupon(gid: string): Promise<void> {
    await this.pool.unary('ReleaseCoupon', { gid }, true);
  }

  // Prepare is not retried (a second XA START of the gid would be refused); phase two and
  // recovery are idempotent, so they are.
  prepareCouponUseXa(
    gid: string,
    couponId: number,
    userId: number,
    subtotalCents: number,
  ): Promise<CouponLockView> {
    return this.lock('PrepareCouponUseXa', false, [gid, couponId, userId, subtotalCents]);
  }

  /** LockCoupon or PrepareCouponUseXa: the same request and answer. */
  private async lock(
    method: 'LockCoupon' | 'PrepareCouponUseXa',
    retry: boolean,
    [gid, couponId, userId, subtotalCents]: [string, number, number, number],
  ): Promise<CouponLockView> {
    const message = { gid, coupon_id: couponId, user_id: userId, subtotal_cents: subtotalCents };
    const lock = await this.pool.unary<CouponLock__Output>(method, message, retry);
    return { discount_cents: lock.discount_cents };
  }

  async commitXa(gid: string): Promise<void> {
    await this.pool.unary('CommitXa', { gid }, true);
  }

  async rollbackXa(gid: string): Promise<void> {
    await this.pool.unary('RollbackXa', { gid }, true);
  }

  async recoverXa(): Promise<string[]> {
    const r = await this.pool.unary<{ gids?: string[] }>('RecoverXa', {}, true);
    return r.gids ?? [];
  }

  async createSkuDiscount(
    staff: MarketingStaff,
    input: CreateSkuDiscountInput,
  ): Promise<SkuDiscountView> {
    return toSkuDiscount(
      await this.pool.unary<SkuDiscount__Output>(
        'CreateSkuDiscount',
        input,
        false,
        undefined,
        staff.accessToken,
      ),
    );
  }

  async createSpendAndSave(
    staff: MarketingStaff,
    input: CreateSpendAndSaveInput,
  ): Promise<SpendAndSaveView> {
    return toSpendAndSave(
      await this.pool.unary<SpendAndSave__Output>(
        'CreateSpendAndSave',
        input,
        false,
        undefined,
        staff.accessToken,
      ),
    );
  }

  async getPromotions(skuIds: string[]): Promise<PromotionsView> {
    const p = await this.pool.unary<Promotions__Output>('GetPromotions', { sku_ids: skuIds }, true);
    return {
      sku_discounts: p.sku_discounts.map(toSkuDiscount),
      spend_and_save: p.spend_and_save.map(toSpendAndSave),
    };
  }

  async createRedPacket(
    staff: MarketingStaff,
    totalCents: number,
    shares: number,
  ): Promise<RedPacketView> {
    const message = { total_cents: totalCents, shares };
    return toRedPacketView(
      await this.pool.unary<RedPacket__Output>(
        'CreateRedPacket',
        message,
        false,
        undefined,
        staff.accessToken,
      ),
    );
  }

  async listPromotions(
    staff: MarketingStaff,
    input: ListPromotionsInput,
  ): Promise<PromotionPageView> {
    const message = {
      kind: input.kind,
      status: input.status ?? '',
      page_num: input.page_num ?? 0,
      page_size: input.page_size ?? 0,
    };
    const page = await this.pool.unary<PromotionPage__Output>(
      'ListPromotions',
      message,
      true,
      undefined,
      staff.accessToken,
    );
    return { ...page, items: page.items.map(toPromotionView) };
  }

  async getPromotion(staff: MarketingStaff, kind: string, id: number): Promise<PromotionView> {
    return toPromotionView(
      await this.pool.unary<Promotion__Output>(
        'GetPromotion',
        { kind, id },
        true,
        undefined,
        staff.accessToken,
      ),
    );
  }

  async editPromotion(
    staff: MarketingStaff,
    kind: string,
    id: number,
    input: EditPromotionInput,
  ): Promise<PromotionView> {
    return toPromotionView(
      await this.pool.unary<Promotion__Output>(
        'EditPromotion',
        { ...input, kind, id },
        false,
        undefined,
        staff.accessToken,
      ),
    );
  }

  async endPromotion(staff: MarketingStaff, kind: string, id: number): Promise<PromotionView> {
    return toPromotionView(
      await this.pool.unary<Promotion__Output>(
        'EndPromotion',
        { kind, id },
        false,
        undefined,
        staff.accessToken,
      ),
    );
  }

  async getRedPacket(redPacketId: number): Promise<RedPacketView> {
    return toRedPacketView(
      await this.pool.unary<RedPacket__Output>(
        'GetRedPacket',
        { red_packet_id: redPacketId },
        true,
      ),
    );
  }

  async claimRedPacket(
    caller: AuthenticatedUser,
    redPacketId: number,
  ): Promise<RedPacketShareView> {
    const s = await this.pool.unary<RedPacketShare__Output>(
      'ClaimRedPacket',
      { red_packet_id: redPacketId },
      false,
      undefined,
      caller.accessToken,
    );
    return {
      red_packet_id: s.red_packet_id,
      user_id: s.user_id,
      amount_cents: s.amount_cents,
      claimed_at: s.claimed_at,
    };
  }
}

function toTemplateView(t: CouponTemplate__Output): CouponTemplateView {
  return {
    template_id: t.template_id,
    name: t.name,
    kind: t.kind as CouponKind,
    amount_off_cents: t.amount_off_cents,
    percent_off: t.percent_off,
    min_spend_cents: t.min_spend_cents,
    valid_from: t.valid_from,
    valid_until: t.valid_until,
    total_quantity: t.total_quantity,
    per_user_limit: t.per_user_limit,
    claimed: t.claimed,
  };
}

function toCouponView(c: Coupon__Output): CouponView {
  return {
    coupon_id: c.coupon_id,
    template_id: c.template_id,
    user_id: c.user_id,
    status: c.status,
    claimed_at: c.claimed_at,
    template: toTemplateView(c.template!),
  };
}

function toRedPacketView(p: RedPacket__Output): RedPacketView {
  return {
    red_packet_id: p.red_packet_id,
    total_cents: p.total_cents,
    shares: p.shares,
    claimed_shares: p.claimed_shares,
    claimed_cents: p.claimed_cents,
    created_at: p.created_at,
  };
}

function toSkuDiscount(d: SkuDiscount__Output): SkuDiscountView {
  return {
    discount_id: d.discount_id,
    name: d.name,
    sku_id: d.sku_id,
    percent_off: d.percent_off,
    valid_from: d.valid_from,
    valid_until: d.valid_until,
  };
}

function toSpendAndSave(r: SpendAndSave__Output): SpendAndSaveView {
  return {
    rule_id: r.rule_id,
    name: r.name,
    every_cents: r.every_cents,
    off_cents: r.off_cents,
    valid_from: r.valid_from,
    valid_until: r.valid_until,
  };
}

/** The message's set fields (proto3 optional: the unset ones are absent, as in the view). */
function toPromotionView(p: Promotion__Output): PromotionView {
  const view = Object.fromEntries(
    Object.entries(p).filter(([k, v]) => !k.startsWith('_') && v !== undefined && v !== null),
  );
  return {
    ...view,
    kind: p.kind as PromotionKind,
    status: p.status as PromotionStatus,
  } as PromotionView;
}
