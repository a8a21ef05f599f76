import { checkSkuDiscount, checkSpendAndSave } from './promotion.js';

const window = {
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validUntil: new Date('2027-01-01T00:00:00Z'),
};

describe('promotion terms', () => {
  it('accepts a SKU discount and a spend-and-save rule, trimming names', () => {
    expect(
      checkSkuDiscount({ name: ' week ', skuId: 'T00104', percentOff: 10, ...window }).name,
    ).toBe('week');
    expect(
      checkSpendAndSave({ name: '30 off 200', everyCents: 20000, offCents: 3000, ...window }),
    ).toMatchObject({ everyCents: 20000, offCents: 3000 });
  });

  it.each([
    [{ skuId: 't-1' }, /sku_id/],
    [{ percentOff: 0 }, /percent_off/],
    [{ percentOff: 100 }, /percent_off/],
    [{ name: '' }, /name/],
    [{ validUntil: new Date('2025-01-01T00:00:00Z') }, /valid_until must be after valid_from/],
  ])('refuses the SKU discount %o naming the field', (bad, message) => {
    expect(() =>
      checkSkuDiscount({ name: 'd', skuId: 'T00104', percentOff: 10, ...window, ...bad }),
    ).toThrow(message);
  });

  it.each([
    [{ everyCents: 0 }, /every_cents/],
    [{ offCents: 0 }, /off_cents/],
    [{ offCents: 20000 }, /off_cents/],
    [{ validFrom: new Date('x') }, /valid_from/],
  ])('refuses the spend-and-save rule %o naming the field', (bad, message) => {
    expect(() =>
      checkSpendAndSave({ name: 'r', everyCents: 20000, offCents: 3000, ...window, ...bad }),
    ).toThrow(message);
  });
});
