import { ConflictError, NotFoundError } from '@nestmall/ports/platform';

export class CouponTemplateNotFoundError extends NotFoundError {
  constructor(templateId: number) {
    super(`coupon template ${templateId} not found`);
  }
}

export class CouponNotFoundError extends NotFoundError {
  constructor(couponId: number) {
    super(`coupon ${couponId} not found`);
  }
}

/** A claim refused: none left, the user's limit reached, or outside the validity window. */
export class CouponNotClaimableError extends ConflictError {}

/** A coupon that cannot pay for this order (locked, used, expired, under its minimum spend). */
export class CouponNotUsableError extends ConflictError {}

export class RedPacketNotFoundError extends NotFoundError {
  constructor(redPacketId: number) {
    super(`red packet ${redPacketId} not found`);
  }
}

/** A red packet claim refused: every share taken, or this user's share already taken. */
export class RedPacketNotClaimableError extends ConflictError {}
