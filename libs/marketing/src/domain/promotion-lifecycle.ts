import { ConflictError, InvalidArgumentError } from '@nestmall/ports/platform';
import { checkCouponTerms, type CouponKind } from './coupon-template.js';
import { checkSkuDiscount, checkSpendAndSave } from './promotion.js';

/** What staff set up and manage: SKU discounts, spend-and-save rules and coupon batches. */
export const PROMOTION_KINDS = ['sku_discount', 'spend_and_save', 'coupon_batch'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

/** Where `now` is against the window [valid_from, valid_until): before, inside, after. */
export const PROMOTION_STATUSES = ['scheduled', 'active', 'ended'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

/** Every kind's terms, flat; a kind uses its own fields (see DISCOUNT_FIELDS) and leaves the rest. */
export interface PromotionTerms {
  name: string;
  validFrom: Date;
  validUntil: Date;
  skuId?: string;
  /** sku_discount, coupon_batch (PERCENT_OFF) */
  percentOff?: number;
  everyCents?: number;
  offCents?: number;
  couponKind?: CouponKind;
  amountOffCents?: number;
  minSpendCents?: number;
  totalQuantity?: number;
  perUserLimit?: number;
}

export interface PromotionSnapshot extends PromotionTerms {
  kind: PromotionKind;
  id: number;
  /** coupon_batch: coupons claimed so far (the repository counts them). */
  claimed?: number;
}

export type PromotionChanges = Partial<PromotionTerms>;

/**
 * What a promotion takes off, per kind: fixed once it has started, because orders placed since
 * may have been priced with it (the marketing context cannot see which: the orders own their
 * discount lines) and buyers hold coupons of a started batch on these terms.
 */
const DISCOUNT_FIELDS: Record<PromotionKind, (keyof PromotionTerms)[]> = {
  sku_discount: ['skuId', 'percentOff'],
  spend_and_save: ['everyCents', 'offCents'],
  coupon_batch: ['couponKind', 'amountOffCents', 'percentOff', 'minSpendCents'],
};

/** The wire name of each field, for the messages that name it. */
const FIELD_NAMES: Record<keyof PromotionTerms, string> = {
  name: 'name',
  validFrom: 'valid_from',
  validUntil: 'valid_until',
  skuId: 'sku_id',
  percentOff: 'percent_off',
  everyCents: 'every_cents',
  offCents: 'off_cents',
  couponKind: 'coupon_kind',
  amountOffCents: 'amount_off_cents',
  minSpendCents: 'min_spend_cents',
  totalQuantity: 'total_quantity',
  perUserLimit: 'per_user_limit',
};

/** A promotion that has ended (or was ended early) does not change any more. */
export class PromotionEndedError extends ConflictError {}

/** A change the promotion's status does not allow (a running promotion's discount, its start). */
export class PromotionLockedError extends ConflictError {}

/**
 * A staff promotion's life: scheduled -> active -> ended, by the clock or early (`end`).
 *
 * Rules of an edit (`edit`), checked against `now`:
 * - **scheduled** (not started): anything may change; the result must be valid terms of its kind.
 * - **active** (running): the name, the end (`valid_until`, still in the future: to stop now,
 *   `end`), and a coupon batch's `total_quantity` (not below what was claimed) and
 *   `per_user_limit` may change. Its start and its discount (DISCOUNT_FIELDS) may not: 409.
 * - **ended**: nothing changes: 409.
 *
 * `end` stops a scheduled or running promotion now (`valid_until` = now; a scheduled one's start
 * too, so it never runs). A coupon batch's coupons are usable within its window only, so ending
 * the batch ends its unused coupons as well. Orders already placed keep the discount they got.
 */
export class Promotion {
  private constructor(private state: PromotionSnapshot) {}

  static restore(snapshot: PromotionSnapshot): Promotion {
    return new Promotion({ ...snapshot });
  }

  get kind(): PromotionKind {
    return this.state.kind;
  }

  get id(): number {
    return this.state.id;
  }

  status(now: Date): PromotionStatus {
    if (now < this.state.validFrom) return 'scheduled';
    return now < this.state.validUntil ? 'active' : 'ended';
  }

  /** Applies `changes`; answers false when nothing changes (nothing to save or audit). */
  edit(changes: PromotionChanges, now: Date): boolean {
    const status = this.status(now);
    if (status === 'ended') throw this.ended();
    const changed = (Object.keys(changes) as (keyof PromotionTerms)[]).filter(
      (field) => changes[field] !== undefined && !same(changes[field], this.state[field]),
    );
    if (changed.length === 0) return false;
    if (status === 'active') {
      for (const field of changed)
        if (field === 'validFrom' || DISCOUNT_FIELDS[this.state.kind].includes(field))
          throw new PromotionLockedError(
            `${this.label()} is running since ${this.state.validFrom.toISOString()}: its ${FIELD_NAMES[field]} cannot change (orders may have been priced with it); end it and create another`,
          );
      if (changes.validUntil && changes.validUntil <= now)
        throw new InvalidArgumentError(
          'valid_until of a running promotion must be in the future (to stop it now, end it)',
        );
    }
    const next: PromotionSnapshot = { ...this.state };
    for (const field of changed) Object.assign(next, { [field]: changes[field] });
    const terms = checkTerms(next);
    const claimed = next.claimed ?? 0;
    if (next.kind === 'coupon_batch' && (terms.totalQuantity ?? 0) < claimed)
      throw new InvalidArgumentError(
        `total_quantity must be at least the ${claimed} coupon(s) already claimed`,
      );
    this.state = { ...terms, kind: next.kind, id: next.id, claimed: next.claimed };
    return true;
  }

  /** Stops it now. */
  end(now: Date): void {
    if (this.status(now) === 'ended') throw this.ended();
    this.state = {
      ...this.state,
      validFrom: this.state.validFrom > now ? now : this.state.validFrom,
      validUntil: now,
    };
  }

  snapshot(): PromotionSnapshot {
    return { ...this.state };
  }

  private label(): string {
    return `${this.state.kind} ${this.state.id}`;
  }

  private ended(): PromotionEndedError {
    return new PromotionEndedError(
      `${this.label()} ended at ${this.state.validUntil.toISOString()}: it cannot change`,
    );
  }
}

/** The terms of its kind, checked by the rules that check a new one (one definition). */
export function checkTerms(p: PromotionSnapshot): PromotionTerms {
  const window = { name: p.name, validFrom: p.validFrom, validUntil: p.validUntil };
  if (p.kind === 'sku_discount') {
    const t = checkSkuDiscount({ ...window, skuId: p.skuId!, percentOff: p.percentOff! });
    return { ...t };
  }
  if (p.kind === 'spend_and_save') {
    const t = checkSpendAndSave({ ...window, everyCents: p.everyCents!, offCents: p.offCents! });
    return { ...t };
  }
  const t = checkCouponTerms({
    ...window,
    kind: p.couponKind!,
    amountOffCents: p.amountOffCents ?? 0,
    percentOff: p.percentOff ?? 0,
    minSpendCents: p.minSpendCents ?? 0,
    totalQuantity: p.totalQuantity!,
    perUserLimit: p.perUserLimit!,
  });
  const { kind: couponKind, ...rest } = t;
  return { ...rest, couponKind };
}

function same(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}
