import { Injectable } from '@nestjs/common';
import { InvalidArgumentError, UnitOfWork } from '@nestmall/ports/platform';
import { BranchBarrier, type BarrierOp } from '@nestmall/ports/transactions';
import type { Coupon } from '../domain/coupon.js';
import { CouponNotFoundError } from '../domain/marketing-errors.js';
import { CouponRepository } from './coupon.repository.js';
import type { CouponLockView } from './marketing-views.js';

const GID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface LockCouponInput {
  gid: string;
  couponId: number;
  /** The order's buyer (from the order-service's verified token, never from a buyer's message). */
  userId: number;
  /** The order's subtotal after its SKU discounts and spend-and-save: the coupon's base. */
  subtotalCents: number;
}

/**
 * The coupon branch of the place-order TCC transaction: Try = lock the coupon for the gid,
 * Confirm = use it, Cancel = release it. Each step is one unit of work with its barrier row
 * (gid, 'marketing', op): a repeat changes nothing, a Cancel with no Try blocks a late Try, so
 * an order that fails never burns its coupon and a coupon is never used twice.
 */
@Injectable()
export class CouponBranch {
  constructor(
    private readonly coupons: CouponRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly barrier: BranchBarrier,
  ) {}

  /** Try. Answers the discount (the same again on a repeat of the same Try). */
  async lock(input: LockCouponInput, now = new Date()): Promise<CouponLockView> {
    checkGid(input.gid);
    if (!Number.isSafeInteger(input.subtotalCents) || input.subtotalCents < 0)
      throw new InvalidArgumentError('subtotal_cents must be a non-negative integer');
    return this.unitOfWork.run(async () => {
      const ran = await this.barrier.guard(input.gid, 'try', async () => {
        const coupon = await this.coupons.findCoupon(input.couponId, input.userId);
        if (!coupon) throw new CouponNotFoundError(input.couponId);
        coupon.lock(input.gid, input.subtotalCents, now);
        await this.coupons.save(coupon);
      });
      const locked = await this.coupons.findByGid(input.gid);
      if (!ran && !locked) return { discount_cents: 0 }; // cancelled first: this Try is void
      return { discount_cents: locked?.snapshot().discountCents ?? 0 };
    });
  }

  /** Confirm: LOCKED -> USED. */
  use(gid: string): Promise<void> {
    return this.step(gid, 'confirm', (c) => c.use());
  }

  /** Cancel: LOCKED -> AVAILABLE; nothing when its Try never ran. */
  release(gid: string): Promise<void> {
    return this.step(gid, 'cancel', (c) => c.release());
  }

  private async step(gid: string, op: BarrierOp, change: (c: Coupon) => void): Promise<void> {
    checkGid(gid);
    await this.unitOfWork.run(() =>
      this.barrier.guard(gid, op, async () => {
        const coupon = await this.coupons.findByGid(gid);
        if (!coupon) return; // its Try locked nothing
        change(coupon);
        await this.coupons.save(coupon);
      }),
    );
  }
}

function checkGid(gid: string): void {
  if (!GID_PATTERN.test(gid ?? ''))
    throw new InvalidArgumentError('gid must be 1 to 64 letters, digits, _ or -');
}
