import { couponTerms } from '@nestmall/testing';
import { Coupon, type CouponStatus } from './coupon.js';
import type { CouponTerms } from './coupon-template.js';

const NOW = new Date('2026-06-01T00:00:00Z');

function coupon(status: CouponStatus = 'AVAILABLE', terms: Partial<CouponTerms> = {}): Coupon {
  return Coupon.restore({
    couponId: 7,
    templateId: 1,
    userId: 1,
    status,
    gid: status === 'AVAILABLE' ? null : 'g-0',
    discountCents: null,
    claimedAt: NOW,
    template: { ...couponTerms(terms), templateId: 1, claimed: 1 },
  });
}

describe('Coupon', () => {
  it('locks for a gid (Try), answering its discount, then is used (Confirm)', () => {
    const c = coupon();
    expect(c.lock('g-1', 5000, NOW)).toBe(1000);
    expect(c.snapshot()).toMatchObject({ status: 'LOCKED', gid: 'g-1', discountCents: 1000 });
    expect(c.storedStatus).toBe('AVAILABLE'); // the save's guard
    c.use();
    expect(c.status).toBe('USED');
  });

  it("is given back when its order ends (cancelled, closed): once, and only that order's", () => {
    const c = coupon('USED');
    expect(c.giveBack('g-other')).toBe(false);
    expect(c.giveBack('g-0')).toBe(true);
    expect(c.snapshot()).toMatchObject({ status: 'AVAILABLE', gid: null, discountCents: null });
    expect(c.giveBack('g-0')).toBe(false);
    expect(coupon('LOCKED').giveBack('g-0')).toBe(false);
  });

  it('is released (Cancel): available again, no gid', () => {
    const c = coupon();
    c.lock('g-1', 5000, NOW);
    c.release();
    expect(c.snapshot()).toMatchObject({ status: 'AVAILABLE', gid: null, discountCents: null });
  });

  it('refuses a second lock and a used coupon', () => {
    expect(() => coupon('LOCKED').lock('g-2', 5000, NOW)).toThrow(/held by another order/);
    expect(() => coupon('USED').lock('g-2', 5000, NOW)).toThrow(/is used/);
  });

  it('refuses an order under its minimum spend, and outside its window', () => {
    expect(() => coupon('AVAILABLE', { minSpendCents: 5000 }).lock('g', 4999, NOW)).toThrow(
      /at least 5000 cents/,
    );
    expect(coupon('AVAILABLE', { minSpendCents: 5000 }).lock('g', 5000, NOW)).toBe(1000);
    expect(() => coupon().lock('g', 5000, new Date('2027-01-01T00:00:00Z'))).toThrow(
      /not valid now/,
    );
  });

  it('ignores use and release unless locked (a used coupon stays used)', () => {
    const used = coupon('USED');
    used.release();
    expect(used.status).toBe('USED');
    const free = coupon();
    free.use();
    expect(free.status).toBe('AVAILABLE');
  });
});
