import { Promotion, PromotionEndedError, PromotionLockedError } from './promotion-lifecycle.js';

const at = (iso: string) => new Date(iso);
const before = at('2026-05-01T00:00:00Z');
const during = at('2026-06-15T00:00:00Z');
const after = at('2026-08-01T00:00:00Z');
const window = { validFrom: at('2026-06-01T00:00:00Z'), validUntil: at('2026-07-01T00:00:00Z') };

const skuDiscount = () =>
  Promotion.restore({
    kind: 'sku_discount',
    id: 1,
    name: 'week',
    skuId: 'T00104',
    percentOff: 10,
    ...window,
  });
const couponBatch = (claimed = 0) =>
  Promotion.restore({
    kind: 'coupon_batch',
    id: 2,
    name: 'ten off',
    couponKind: 'AMOUNT_OFF',
    amountOffCents: 1000,
    percentOff: 0,
    minSpendCents: 5000,
    totalQuantity: 100,
    perUserLimit: 1,
    claimed,
    ...window,
  });

describe('Promotion', () => {
  it('is scheduled before its window, active inside it, ended from valid_until on', () => {
    const p = skuDiscount();
    expect(p.status(before)).toBe('scheduled');
    expect(p.status(window.validFrom)).toBe('active');
    expect(p.status(during)).toBe('active');
    expect(p.status(window.validUntil)).toBe('ended');
  });

  it('changes anything of its kind before it starts, checked as a new one', () => {
    const p = skuDiscount();
    expect(p.edit({ percentOff: 20, validFrom: at('2026-05-15T00:00:00Z') }, before)).toBe(true);
    expect(p.snapshot()).toMatchObject({ percentOff: 20, validFrom: at('2026-05-15T00:00:00Z') });
    expect(() => p.edit({ percentOff: 100 }, before)).toThrow(/percent_off/);
    expect(() => p.edit({ validUntil: at('2026-01-01T00:00:00Z') }, before)).toThrow(
      /valid_until must be after valid_from/,
    );
  });

  it('while running: keeps its discount and its start, lets the name and the end move', () => {
    const p = skuDiscount();
    expect(() => p.edit({ percentOff: 20 }, during)).toThrow(PromotionLockedError);
    expect(() => p.edit({ percentOff: 20 }, during)).toThrow(/percent_off cannot change/);
    expect(() => p.edit({ skuId: 'T00105' }, during)).toThrow(/sku_id cannot change/);
    expect(() => p.edit({ validFrom: at('2026-06-02T00:00:00Z') }, during)).toThrow(/valid_from/);
    expect(p.edit({ name: 'fortnight', validUntil: at('2026-07-15T00:00:00Z') }, during)).toBe(
      true,
    );
    expect(p.snapshot()).toMatchObject({ name: 'fortnight', percentOff: 10 });
    expect(p.snapshot().validUntil).toEqual(at('2026-07-15T00:00:00Z'));
  });

  it('refuses a running end moved into the past (ending now is `end`)', () => {
    expect(() => skuDiscount().edit({ validUntil: at('2026-06-10T00:00:00Z') }, during)).toThrow(
      /must be in the future/,
    );
  });

  it('an edit that repeats the terms changes nothing, even while running', () => {
    const p = skuDiscount();
    expect(p.edit({ percentOff: 10, validFrom: window.validFrom, name: 'week' }, during)).toBe(
      false,
    );
  });

  it('a running coupon batch keeps its discount; its quantity moves, not below what was claimed', () => {
    const p = couponBatch(40);
    expect(() => p.edit({ amountOffCents: 2000 }, during)).toThrow(/amount_off_cents/);
    expect(() => p.edit({ minSpendCents: 0 }, during)).toThrow(/min_spend_cents/);
    expect(() => p.edit({ totalQuantity: 39 }, during)).toThrow(/at least the 40 coupon/);
    expect(p.edit({ totalQuantity: 200, perUserLimit: 2 }, during)).toBe(true);
    expect(p.snapshot()).toMatchObject({ totalQuantity: 200, perUserLimit: 2, claimed: 40 });
  });

  it('a scheduled coupon batch may change its kind with matching amounts', () => {
    const p = couponBatch();
    expect(() => p.edit({ couponKind: 'PERCENT_OFF', percentOff: 15 }, before)).toThrow(
      /amount_off_cents/,
    );
    p.edit({ couponKind: 'PERCENT_OFF', percentOff: 15, amountOffCents: 0 }, before);
    expect(p.snapshot()).toMatchObject({ couponKind: 'PERCENT_OFF', percentOff: 15 });
  });

  it('an ended promotion changes no more', () => {
    const p = skuDiscount();
    expect(() => p.edit({ name: 'late' }, after)).toThrow(PromotionEndedError);
    expect(() => p.end(after)).toThrow(/ended at 2026-07-01T00:00:00.000Z/);
  });

  it('ends a running promotion now', () => {
    const p = skuDiscount();
    p.end(during);
    expect(p.snapshot()).toMatchObject({ validFrom: window.validFrom, validUntil: during });
    expect(p.status(during)).toBe('ended');
  });

  it('ends a scheduled one before it starts: it never runs', () => {
    const p = Promotion.restore({
      kind: 'spend_and_save',
      id: 3,
      name: '30 off 200',
      everyCents: 20000,
      offCents: 3000,
      ...window,
    });
    p.end(before);
    expect(p.snapshot()).toMatchObject({ validFrom: before, validUntil: before });
    expect(p.status(before)).toBe('ended');
    expect(p.status(during)).toBe('ended');
  });
});
