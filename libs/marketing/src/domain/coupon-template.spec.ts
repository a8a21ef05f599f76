import { couponTerms } from '@nestmall/testing';
import { checkCouponTerms, couponDiscountCents, CouponTemplate } from './coupon-template.js';

describe('couponDiscountCents', () => {
  const percent = (percentOff: number) => ({
    kind: 'PERCENT_OFF' as const,
    amountOffCents: 0,
    percentOff,
  });
  const amount = (amountOffCents: number) => ({
    kind: 'AMOUNT_OFF' as const,
    amountOffCents,
    percentOff: 0,
  });

  it('rounds a percentage down to the cent', () => {
    expect(couponDiscountCents(percent(15), 3333)).toBe(499); // 499.95
    expect(couponDiscountCents(percent(10), 999)).toBe(99); // 99.9
    expect(couponDiscountCents(percent(50), 1)).toBe(0); // 0.5
    expect(couponDiscountCents(percent(20), 10000)).toBe(2000);
  });

  it('takes an amount off, never more than the subtotal', () => {
    expect(couponDiscountCents(amount(1000), 5000)).toBe(1000);
    expect(couponDiscountCents(amount(1000), 600)).toBe(600);
    expect(couponDiscountCents(amount(1000), 0)).toBe(0);
  });
});

describe('checkCouponTerms', () => {
  it('accepts good terms and trims the name', () => {
    expect(checkCouponTerms(couponTerms({ name: '  ten off ' })).name).toBe('ten off');
  });

  it.each([
    [{ name: '' }, /name/],
    [{ kind: 'HALF' as never }, /kind must be AMOUNT_OFF or PERCENT_OFF/],
    [{ amountOffCents: 0 }, /amount_off_cents/],
    [{ kind: 'PERCENT_OFF' as const, amountOffCents: 0, percentOff: 100 }, /percent_off/],
    [{ kind: 'PERCENT_OFF' as const, amountOffCents: 5, percentOff: 10 }, /amount_off_cents/],
    [{ minSpendCents: -1 }, /min_spend_cents/],
    [{ validFrom: new Date('x') }, /valid_from/],
    [{ validUntil: new Date('2025-01-01T00:00:00Z') }, /valid_until must be after valid_from/],
    [{ totalQuantity: 0 }, /total_quantity/],
    [{ totalQuantity: 1.5 }, /total_quantity/],
    [{ perUserLimit: 101 }, /per_user_limit/],
  ])('refuses %o naming the field', (bad, message) => {
    expect(() => checkCouponTerms(couponTerms(bad))).toThrow(message);
  });
});

describe('CouponTemplate', () => {
  const template = CouponTemplate.create(couponTerms());

  it('is claimable inside [valid_from, valid_until) only', () => {
    expect(() => template.checkClaimable(new Date('2026-01-01T00:00:00Z'))).not.toThrow();
    expect(() => template.checkClaimable(new Date('2025-12-31T23:59:59Z'))).toThrow(
      /not valid now/,
    );
    expect(() => template.checkClaimable(new Date('2027-01-01T00:00:00Z'))).toThrow(
      /not valid now/,
    );
  });

  it('starts with nothing claimed', () => {
    expect(template.snapshot()).toMatchObject({ templateId: 0, claimed: 0 });
  });
});
