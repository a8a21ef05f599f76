import { InvalidArgumentError } from '@nestmall/ports/platform';
import { CouponNotClaimableError, CouponNotUsableError } from './marketing-errors.js';

export type CouponKind = 'AMOUNT_OFF' | 'PERCENT_OFF';

/** The most a coupon or a red packet may be worth, and the most any order subtotal is (cents). */
export const MAX_CENTS = 100_000_000;
export const MAX_TOTAL_QUANTITY = 1_000_000;
export const MAX_PER_USER_LIMIT = 100;

/** What staff decide about a batch of coupons. */
export interface CouponTerms {
  name: string;
  kind: CouponKind;
  /** AMOUNT_OFF: the cents taken off (0 for PERCENT_OFF). */
  amountOffCents: number;
  /** PERCENT_OFF: 1..99 (0 for AMOUNT_OFF). */
  percentOff: number;
  /** The order's subtotal (after the SKU discounts and spend-and-save) must reach this. */
  minSpendCents: number;
  validFrom: Date;
  validUntil: Date;
  totalQuantity: number;
  perUserLimit: number;
}

export interface CouponTemplateSnapshot extends CouponTerms {
  /** 0 until stored. */
  templateId: number;
  claimed: number;
}

/** What the order's pricing needs of a coupon. */
export type CouponPricingTerms = Pick<CouponTerms, 'kind' | 'amountOffCents' | 'percentOff'>;

/**
 * The discount of a coupon with `terms` on `subtotalCents`, in cents. A percentage is rounded
 * down to the cent (the shop never takes off more than the stated percentage: 15% of 3,333 cents
 * is 499, not 499.95), and no coupon takes off more than the subtotal.
 */
export function couponDiscountCents(terms: CouponPricingTerms, subtotalCents: number): number {
  const off =
    terms.kind === 'AMOUNT_OFF'
      ? terms.amountOffCents
      : Math.floor((subtotalCents * terms.percentOff) / 100);
  return Math.min(off, subtotalCents);
}

/** Checks the terms staff give; an InvalidArgumentError names the field. */
export function checkCouponTerms(terms: CouponTerms): CouponTerms {
  const int = (field: string, value: number, min: number, max: number) => {
    if (!Number.isSafeInteger(value) || value < min || value > max)
      throw new InvalidArgumentError(`${field} must be an integer from ${min} to ${max}`);
  };
  const name = terms.name?.trim() ?? '';
  if (name.length < 1 || name.length > 64)
    throw new InvalidArgumentError('name must be 1 to 64 characters');
  if (terms.kind === 'AMOUNT_OFF') {
    int('amount_off_cents', terms.amountOffCents, 1, MAX_CENTS);
    int('percent_off', terms.percentOff, 0, 0);
  } else if (terms.kind === 'PERCENT_OFF') {
    int('percent_off', terms.percentOff, 1, 99);
    int('amount_off_cents', terms.amountOffCents, 0, 0);
  } else {
    throw new InvalidArgumentError('kind must be AMOUNT_OFF or PERCENT_OFF');
  }
  int('min_spend_cents', terms.minSpendCents, 0, MAX_CENTS);
  if (Number.isNaN(terms.validFrom?.getTime()))
    throw new InvalidArgumentError('valid_from must be an ISO 8601 time');
  if (Number.isNaN(terms.validUntil?.getTime()))
    throw new InvalidArgumentError('valid_until must be an ISO 8601 time');
  if (terms.validUntil <= terms.validFrom)
    throw new InvalidArgumentError('valid_until must be after valid_from');
  int('total_quantity', terms.totalQuantity, 1, MAX_TOTAL_QUANTITY);
  int('per_user_limit', terms.perUserLimit, 1, MAX_PER_USER_LIMIT);
  return { ...terms, name };
}

/** Whether `now` is inside the validity window [validFrom, validUntil). */
export function withinWindow(terms: Pick<CouponTerms, 'validFrom' | 'validUntil'>, now: Date) {
  return now >= terms.validFrom && now < terms.validUntil;
}

/**
 * A coupon template: its terms and how many coupons were claimed. The claim itself is counted by
 * the repository with guarded UPDATEs (claimed < total_quantity, the user's count < limit), so
 * concurrent claims never hand out more than the batch; the template checks what it can alone.
 */
export class CouponTemplate {
  private constructor(private readonly state: CouponTemplateSnapshot) {}

  static create(terms: CouponTerms): CouponTemplate {
    return new CouponTemplate({ ...checkCouponTerms(terms), templateId: 0, claimed: 0 });
  }

  static restore(snapshot: CouponTemplateSnapshot): CouponTemplate {
    return new CouponTemplate({ ...snapshot });
  }

  get templateId(): number {
    return this.state.templateId;
  }

  /** Refuses a claim outside the validity window (the counts are the repository's guards). */
  checkClaimable(now: Date): void {
    if (!withinWindow(this.state, now))
      throw new CouponNotClaimableError(
        `coupon template ${this.state.templateId} is not valid now (from ${this.state.validFrom.toISOString()} until ${this.state.validUntil.toISOString()})`,
      );
  }

  snapshot(): CouponTemplateSnapshot {
    return { ...this.state };
  }
}

/** Refuses a coupon with `terms` for an order of `subtotalCents` placed at `now`. */
export function checkUsable(terms: CouponTerms, subtotalCents: number, now: Date): void {
  if (!withinWindow(terms, now)) throw new CouponNotUsableError('the coupon is not valid now');
  if (subtotalCents < terms.minSpendCents)
    throw new CouponNotUsableError(
      `the coupon needs a subtotal of at least ${terms.minSpendCents} cents (this order: ${subtotalCents})`,
    );
}
