import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { InvalidArgumentError, NotFoundError, pageOf, UnitOfWork } from '@nestmall/ports/platform';
import type { CouponKind } from '../domain/coupon-template.js';
import {
  PROMOTION_KINDS,
  PROMOTION_STATUSES,
  type Promotion,
  type PromotionChanges,
  type PromotionKind,
  type PromotionStatus,
} from '../domain/promotion-lifecycle.js';
import { MarketingAudit, type MarketingActor } from './marketing-audit.js';
import {
  toPromotionView,
  type EditPromotionInput,
  type ListPromotionsInput,
  type PromotionPageView,
  type PromotionView,
} from './marketing-views.js';
import { PromotionRepository } from './promotion.repository.js';

export const DEFAULT_PROMOTION_PAGE_SIZE = 20;
export const MAX_PROMOTION_PAGE_SIZE = 100;

/** The edit fields each kind has (any other is a 400 naming it). */
const EDITABLE: Record<PromotionKind, (keyof EditPromotionInput)[]> = {
  sku_discount: ['name', 'valid_from', 'valid_until', 'sku_id', 'percent_off'],
  spend_and_save: ['name', 'valid_from', 'valid_until', 'every_cents', 'off_cents'],
  coupon_batch: [
    'name',
    'valid_from',
    'valid_until',
    'coupon_kind',
    'amount_off_cents',
    'percent_off',
    'min_spend_cents',
    'total_quantity',
    'per_user_limit',
  ],
};

/** The cache key of every SKU discount and spend-and-save rule not ended yet (Promotions). */
export const PROMOTION_CALENDAR_KEY = 'marketing:promotion-calendar';

/**
 * The staff's promotions of every kind: list, read, edit and end early (the Promotion aggregate
 * decides what may change when). Each edit and end is audited (MarketingChanged) in its unit of
 * work.
 */
@Injectable()
export class ManagePromotions {
  constructor(
    private readonly promotions: PromotionRepository,
    private readonly audit: MarketingAudit,
    private readonly unitOfWork: UnitOfWork,
    private readonly cache: Cache,
  ) {}

  async list(input: ListPromotionsInput, now = new Date()): Promise<PromotionPageView> {
    const kind = promotionKind(input.kind);
    if (input.status && !PROMOTION_STATUSES.includes(input.status as PromotionStatus))
      throw new InvalidArgumentError(`status must be one of ${PROMOTION_STATUSES.join(', ')}`);
    const { pageNum, pageSize, offset } = pageOf(input.page_num, input.page_size, {
      default: DEFAULT_PROMOTION_PAGE_SIZE,
      max: MAX_PROMOTION_PAGE_SIZE,
    });
    const { items, total } = await this.promotions.list({
      kind,
      ...(input.status ? { status: input.status as PromotionStatus } : {}),
      now,
      offset,
      limit: pageSize,
    });
    return {
      items: items.map((p) => toPromotionView(p, now)),
      total,
      page_num: pageNum,
      page_size: pageSize,
    };
  }

  async get(kind: string, id: number, now = new Date()): Promise<PromotionView> {
    return toPromotionView((await this.load(promotionKind(kind), id)).snapshot(), now);
  }

  async edit(
    actor: MarketingActor,
    kind: string,
    id: number,
    input: EditPromotionInput,
    now = new Date(),
  ): Promise<PromotionView> {
    const changes = toChanges(promotionKind(kind), input);
    return this.change(actor, promotionKind(kind), id, 'edit', now, (p) => p.edit(changes, now));
  }

  async end(
    actor: MarketingActor,
    kind: string,
    id: number,
    now = new Date(),
  ): Promise<PromotionView> {
    return this.change(actor, promotionKind(kind), id, 'end', now, (p) => {
      p.end(now);
      return true;
    });
  }

  /** The audit record of a new promotion; runs in the unit of work that created it. */
  async recordCreation(actor: MarketingActor, kind: PromotionKind, id: number): Promise<void> {
    const now = new Date();
    await this.audit.record({
      actor,
      action: `${kind}.create`,
      entityType: kind,
      entityId: id,
      before: null,
      after: toPromotionView((await this.load(kind, id)).snapshot(), now),
    });
  }

  private async change(
    actor: MarketingActor,
    kind: PromotionKind,
    id: number,
    verb: 'edit' | 'end',
    now: Date,
    apply: (promotion: Promotion) => boolean,
  ): Promise<PromotionView> {
    const view = await this.unitOfWork.run(async () => {
      const promotion = await this.load(kind, id);
      const loaded = promotion.snapshot();
      if (!apply(promotion)) return toPromotionView(loaded, now);
      await this.promotions.save(promotion, loaded);
      const after = toPromotionView(promotion.snapshot(), now);
      await this.audit.record({
        actor,
        action: `${kind}.${verb}`,
        entityType: kind,
        entityId: id,
        before: toPromotionView(loaded, now),
        after,
      });
      return after;
    });
    // The order's pricing reads a cached calendar of the promotions (Promotions.running).
    await this.cache.invalidate(PROMOTION_CALENDAR_KEY);
    return view;
  }

  private async load(kind: PromotionKind, id: number): Promise<Promotion> {
    const promotion = await this.promotions.find(kind, id);
    if (!promotion) throw new NotFoundError(`${kind} ${id} not found`);
    return promotion;
  }
}

export function promotionKind(kind: string): PromotionKind {
  if (!PROMOTION_KINDS.includes(kind as PromotionKind))
    throw new InvalidArgumentError(`kind must be one of ${PROMOTION_KINDS.join(', ')}`);
  return kind as PromotionKind;
}

function toChanges(kind: PromotionKind, input: EditPromotionInput): PromotionChanges {
  for (const [field, value] of Object.entries(input))
    if (value !== undefined && !EDITABLE[kind].includes(field as keyof EditPromotionInput))
      throw new InvalidArgumentError(`${field} is not a field of a ${kind}`);
  const date = (field: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const at = new Date(value);
    if (Number.isNaN(at.getTime()))
      throw new InvalidArgumentError(`${field} must be an ISO 8601 time`);
    return at;
  };
  return {
    name: input.name,
    validFrom: date('valid_from', input.valid_from),
    validUntil: date('valid_until', input.valid_until),
    skuId: input.sku_id,
    percentOff: input.percent_off,
    everyCents: input.every_cents,
    offCents: input.off_cents,
    couponKind: input.coupon_kind as CouponKind | undefined,
    amountOffCents: input.amount_off_cents,
    minSpendCents: input.min_spend_cents,
    totalQuantity: input.total_quantity,
    perUserLimit: input.per_user_limit,
  };
}
