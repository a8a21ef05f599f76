import type { Coupon } from '../domain/coupon.js';
import type { CouponTemplate, CouponTemplateSnapshot } from '../domain/coupon-template.js';

/** The coupon's answer to a requested order (the two-phase message), caused by event `causationId`. */
export type CouponAnswer = { gid: string; orderId: number; causationId: string } & (
  { used: true } | { used: false; reason: string }
);

/**
 * The coupons' persistence port. Writes join the caller's unit of work. A claim is counted with
 * guarded UPDATEs (`claimed < total_quantity` on the template, the user's count under its limit),
 * never read-modify-write.
 */
export abstract class CouponRepository {
  /** Stores a new template; answers it with its id. */
  abstract addTemplate(template: CouponTemplate): Promise<CouponTemplateSnapshot>;
  abstract findTemplate(templateId: number): Promise<CouponTemplate | null>;
  /**
   * One coupon of the template for the user, unless the batch is gone or the user has their
   * limit; answers the coupon's id. @throws CouponNotClaimableError
   */
  abstract claim(templateId: number, userId: number, now: Date): Promise<number>;
  /** A coupon of the user's (null: none with that id, or another user's). */
  abstract findCoupon(couponId: number, userId: number): Promise<Coupon | null>;
  /** The coupon locked (or used) by global transaction `gid`. */
  abstract findByGid(gid: string): Promise<Coupon | null>;
  abstract listByUser(userId: number): Promise<Coupon[]>;
  /** Saves a transition, guarded by the status it was loaded with. @throws CouponNotUsableError */
  abstract save(coupon: Coupon): Promise<void>;
  /** The answer to an OrderRequested (CouponUsed or CouponRejected), into the outbox. */
  abstract answerOrderRequest(answer: CouponAnswer): Promise<void>;
}
