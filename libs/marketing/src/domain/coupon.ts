import {
  checkUsable,
  couponDiscountCents,
  type CouponTemplateSnapshot,
} from './coupon-template.js';
import { CouponNotUsableError } from './marketing-errors.js';

/** AVAILABLE (claimed) -> LOCKED (by the order being placed under gid) -> USED; or back. */
export type CouponStatus = 'AVAILABLE' | 'LOCKED' | 'USED';

export interface CouponSnapshot {
  couponId: number;
  templateId: number;
  userId: number;
  status: CouponStatus;
  /** The global transaction that locked (and then used) it. */
  gid: string | null;
  discountCents: number | null;
  claimedAt: Date;
  template: CouponTemplateSnapshot;
}

/**
 * A claimed coupon, the aggregate of the coupon branch of place-order: lock (Try), use
 * (Confirm), release (Cancel). The status it was loaded with is the repository's optimistic
 * guard, so two orders cannot both lock it.
 */
export class Coupon {
  private readonly stored: CouponStatus;

  private constructor(private state: CouponSnapshot) {
    this.stored = state.status;
  }

  static restore(snapshot: CouponSnapshot): Coupon {
    return new Coupon({ ...snapshot });
  }

  get couponId(): number {
    return this.state.couponId;
  }
  get status(): CouponStatus {
    return this.state.status;
  }
  /** The status it was loaded with: the save's guard. */
  get storedStatus(): CouponStatus {
    return this.stored;
  }

  /** Try: this order (gid, its subtotal) takes the coupon; answers the discount. */
  lock(gid: string, subtotalCents: number, now: Date): number {
    if (this.state.status !== 'AVAILABLE')
      throw new CouponNotUsableError(
        `coupon ${this.state.couponId} is ${this.state.status === 'USED' ? 'used' : 'held by another order'}`,
      );
    checkUsable(this.state.template, subtotalCents, now);
    const discountCents = couponDiscountCents(this.state.template, subtotalCents);
    this.state = { ...this.state, status: 'LOCKED', gid, discountCents };
    return discountCents;
  }

  /** Confirm: the order was placed. */
  use(): void {
    if (this.state.status !== 'LOCKED') return;
    this.state = { ...this.state, status: 'USED' };
  }

  /** Cancel: the order failed; the buyer has the coupon back. */
  release(): void {
    if (this.state.status !== 'LOCKED') return;
    this.state = { ...this.state, status: 'AVAILABLE', gid: null, discountCents: null };
  }

  /**
   * The order that used it was cancelled or closed unpaid: the buyer has the coupon back (its
   * validity window still applies when it is locked again). Returns false unless it is USED by
   * `gid` (a repeat, or another order's coupon, changes nothing).
   */
  giveBack(gid: string): boolean {
    if (this.state.status !== 'USED' || this.state.gid !== gid) return false;
    this.state = { ...this.state, status: 'AVAILABLE', gid: null, discountCents: null };
    return true;
  }

  snapshot(): CouponSnapshot {
    return { ...this.state };
  }
}
