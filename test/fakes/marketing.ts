import { CouponBranch } from '../../libs/marketing/src/application/coupon-branch.js';
import {
  CouponRepository,
  type CouponAnswer,
} from '../../libs/marketing/src/application/coupon.repository.js';
import type {
  CouponView,
  PromotionsView,
} from '../../libs/marketing/src/application/marketing-views.js';
import { ReadMarketing } from '../../libs/marketing/src/application/read-marketing.js';
import { MarketingClient } from '../../libs/marketing/src/client/marketing.client.js';
import { Coupon, type CouponSnapshot } from '../../libs/marketing/src/domain/coupon.js';
import {
  CouponTemplate,
  type CouponTemplateSnapshot,
  type CouponTerms,
} from '../../libs/marketing/src/domain/coupon-template.js';
import {
  CouponNotClaimableError,
  CouponNotUsableError,
} from '../../libs/marketing/src/domain/marketing-errors.js';
import { InMemoryBranchBarrier } from './transactions.js';
import { FakeUnitOfWork } from './unit-of-work.js';

/** A coupon template's terms for specs: 10.00 off, valid through 2026, 100 of them. */
export function couponTerms(terms: Partial<CouponTerms> = {}): CouponTerms {
  return {
    name: 'ten off',
    kind: 'AMOUNT_OFF',
    amountOffCents: 1000,
    percentOff: 0,
    minSpendCents: 0,
    validFrom: new Date('2026-01-01T00:00:00Z'),
    validUntil: new Date('2027-01-01T00:00:00Z'),
    totalQuantity: 100,
    perUserLimit: 1,
    ...terms,
  };
}

/** Coupons in memory, with the same guards as the SQL ones (counts, the status of a save). */
export class InMemoryCoupons extends CouponRepository {
  readonly templates = new Map<number, CouponTemplateSnapshot>();
  readonly coupons = new Map<number, CouponSnapshot>();
  /** The answers to OrderRequested (the outbox). */
  readonly answers: CouponAnswer[] = [];
  private readonly perUser = new Map<string, number>();

  async answerOrderRequest(answer: CouponAnswer): Promise<void> {
    this.answers.push(answer);
  }

  async addTemplate(template: CouponTemplate): Promise<CouponTemplateSnapshot> {
    const stored = { ...template.snapshot(), templateId: this.templates.size + 1 };
    this.templates.set(stored.templateId, stored);
    return stored;
  }

  async findTemplate(templateId: number): Promise<CouponTemplate | null> {
    const t = this.templates.get(templateId);
    return t ? CouponTemplate.restore(t) : null;
  }

  async claim(templateId: number, userId: number, now: Date): Promise<number> {
    const t = this.templates.get(templateId)!;
    if (t.claimed >= t.totalQuantity) throw new CouponNotClaimableError('no coupon left');
    const key = `${templateId}/${userId}`;
    if ((this.perUser.get(key) ?? 0) >= t.perUserLimit)
      throw new CouponNotClaimableError('limit per user');
    t.claimed++;
    this.perUser.set(key, (this.perUser.get(key) ?? 0) + 1);
    const couponId = this.coupons.size + 1;
    this.coupons.set(couponId, {
      couponId,
      templateId,
      userId,
      status: 'AVAILABLE',
      gid: null,
      discountCents: null,
      claimedAt: now,
      template: { ...t },
    });
    return couponId;
  }

  async findCoupon(couponId: number, userId: number): Promise<Coupon | null> {
    const c = this.coupons.get(couponId);
    return c && c.userId === userId ? Coupon.restore(c) : null;
  }

  async findByGid(gid: string): Promise<Coupon | null> {
    const c = [...this.coupons.values()].find((x) => x.gid === gid);
    return c ? Coupon.restore(c) : null;
  }

  async listByUser(userId: number): Promise<Coupon[]> {
    return [...this.coupons.values()]
      .filter((c) => c.userId === userId)
      .map((c) => Coupon.restore(c));
  }

  async save(coupon: Coupon): Promise<void> {
    const stored = this.coupons.get(coupon.couponId)!;
    if (stored.status !== coupon.storedStatus) throw new CouponNotUsableError('changed meanwhile');
    this.coupons.set(coupon.couponId, coupon.snapshot());
  }
}

/**
 * MarketingClient over the real coupon branch and reads, on InMemoryCoupons: what the orders
 * specs place orders with coupons through. The staff and red-packet methods are not used there.
 */
export class FakeMarketingClient extends MarketingClient {
  readonly coupons = new InMemoryCoupons();
  readonly calls: string[] = [];
  private readonly branch = new CouponBranch(
    this.coupons,
    new FakeUnitOfWork(),
    new InMemoryBranchBarrier(),
  );
  private readonly read = new ReadMarketing(this.coupons, null as never);

  /** A coupon of `userId` from a new template with `terms`; answers its id. */
  async giveCoupon(userId: number, terms: Partial<CouponTerms> = {}): Promise<number> {
    const t = await this.coupons.addTemplate(CouponTemplate.create(couponTerms(terms)));
    return this.coupons.claim(t.templateId, userId, new Date('2026-06-01T00:00:00Z'));
  }

  status(couponId: number): string {
    return this.coupons.coupons.get(couponId)!.status;
  }

  getCoupon(couponId: number, userId: number): Promise<CouponView> {
    return this.read.coupon(couponId, userId);
  }

  /** What getPromotions answers (none unless a spec sets some). */
  promotions: PromotionsView = { sku_discounts: [], spend_and_save: [] };

  async getPromotions(): Promise<PromotionsView> {
    return this.promotions;
  }

  lockCoupon(gid: string, couponId: number, userId: number, subtotalCents: number) {
    this.calls.push(`lock ${couponId} ${subtotalCents}`);
    return this.branch.lock({ gid, couponId, userId, subtotalCents }, new Date('2026-06-01'));
  }

  useCoupon(gid: string): Promise<void> {
    this.calls.push('use');
    return this.branch.use(gid);
  }

  releaseCoupon(gid: string): Promise<void> {
    this.calls.push('release');
    return this.branch.release(gid);
  }

  prepareCouponUseXa(): never {
    throw new Error('not used by the orders specs');
  }
  commitXa(): never {
    throw new Error('not used by the orders specs');
  }
  rollbackXa(): never {
    throw new Error('not used by the orders specs');
  }
  recoverXa(): never {
    throw new Error('not used by the orders specs');
  }
  createCouponTemplate(): never {
    throw new Error('not used by the orders specs');
  }
  getCouponTemplate(): never {
    throw new Error('not used by the orders specs');
  }
  claimCoupon(): never {
    throw new Error('not used by the orders specs');
  }
  listMyCoupons(): never {
    throw new Error('not used by the orders specs');
  }
  createSkuDiscount(): never {
    throw new Error('not used by the orders specs');
  }
  createSpendAndSave(): never {
    throw new Error('not used by the orders specs');
  }
  listPromotions(): never {
    throw new Error('not used by the orders specs');
  }
  getPromotion(): never {
    throw new Error('not used by the orders specs');
  }
  editPromotion(): never {
    throw new Error('not used by the orders specs');
  }
  endPromotion(): never {
    throw new Error('not used by the orders specs');
  }
  createRedPacket(): never {
    throw new Error('not used by the orders specs');
  }
  getRedPacket(): never {
    throw new Error('not used by the orders specs');
  }
  claimRedPacket(): never {
    throw new Error('not used by the orders specs');
  }
}
