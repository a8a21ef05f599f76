import { Injectable } from '@nestjs/common';
import { XaResource } from '@nestmall/ports/transactions';
import { CouponBranch, type LockCouponInput } from './coupon-branch.js';
import type { CouponLockView } from './marketing-views.js';

/**
 * The marketing context's XA branch (ORDER_CONSISTENCY=xa): the coupon branch's Try and Confirm
 * (AVAILABLE -> LOCKED -> USED, with their barrier rows) in one XA branch of the marketing
 * database, prepared and left for the coordinator's decision. Until then the coupon row stays
 * locked: a second order of the same coupon waits for it, and finds it USED (or AVAILABLE again).
 */
@Injectable()
export class CouponXaBranch {
  constructor(
    private readonly xa: XaResource,
    private readonly branch: CouponBranch,
  ) {}

  /** Lock and use the coupon for `gid`, prepared; answers the discount (the Try's rule). */
  async prepareUse(input: LockCouponInput): Promise<CouponLockView> {
    let lock: CouponLockView = { discount_cents: 0 };
    await this.xa.prepare(input.gid, async () => {
      lock = await this.branch.lock(input);
      await this.branch.use(input.gid);
    });
    return lock;
  }

  commit(gid: string): Promise<void> {
    return this.xa.commit(gid);
  }

  rollback(gid: string): Promise<void> {
    return this.xa.rollback(gid);
  }

  recover(): Promise<string[]> {
    return this.xa.recover();
  }
}
