import { priceOrder, shippingFeeCents, type PricingCoupon } from './pricing.js';

const line = (skuId: string, unitPriceCents: number, quantity = 1) => ({
  skuId,
  unitPriceCents,
  quantity,
});
const coupon = (terms: Partial<PricingCoupon> = {}): PricingCoupon => ({
  couponId: 9,
  name: 'ten off',
  kind: 'AMOUNT_OFF',
  amountOffCents: 1000,
  percentOff: 0,
  ...terms,
});

describe('priceOrder', () => {
  it('without promotions: subtotal, flat shipping under 99.00, free from it', () => {
    expect(priceOrder([line('A', 1990, 2)])).toMatchObject({
      subtotalCents: 3980,
      discounts: [],
      discountCents: 0,
      shippingCents: 1000,
      totalCents: 4980,
    });
    expect(priceOrder([line('A', 9900)])).toMatchObject({ shippingCents: 0, totalCents: 9900 });
  });

  it('applies SKU discounts, then spend-and-save, then the coupon, each on what is left', () => {
    const price = priceOrder([line('A', 10000, 2), line('B', 5000)], {
      // 10% off A: 2,000 off its 20,000 line.
      skuDiscounts: [{ id: 1, name: 'A week', skuId: 'A', percentOff: 10 }],
      // 30.00 off every 200.00 of the 23,000 left: one step, 3,000.
      spendAndSave: [{ id: 2, name: '30 off 200', everyCents: 20000, offCents: 3000 }],
      // 15% of the 20,000 left: 3,000.
      coupon: coupon({ kind: 'PERCENT_OFF', amountOffCents: 0, percentOff: 15 }),
    });
    expect(price.discounts).toEqual([
      { kind: 'SKU_DISCOUNT', sourceId: 1, label: 'A week', skuId: 'A', amountCents: 2000 },
      { kind: 'SPEND_AND_SAVE', sourceId: 2, label: '30 off 200', skuId: null, amountCents: 3000 },
      { kind: 'COUPON', sourceId: 9, label: 'ten off', skuId: null, amountCents: 3000 },
    ]);
    expect(price).toMatchObject({
      subtotalCents: 25000,
      discountCents: 8000,
      couponBaseCents: 20000,
      shippingCents: 0,
      totalCents: 17000,
    });
  });

  it('rounds percentages down to the cent, per line and for the coupon', () => {
    const price = priceOrder([line('A', 333, 1)], {
      skuDiscounts: [{ id: 1, name: 'd', skuId: 'A', percentOff: 15 }], // 49.95 -> 49
      coupon: coupon({ kind: 'PERCENT_OFF', amountOffCents: 0, percentOff: 15 }), // 42.6 -> 42
    });
    expect(price.discounts.map((d) => d.amountCents)).toEqual([49, 42]);
    expect(price.totalCents).toBe(333 - 49 - 42 + 1000);
  });

  it('takes the best single SKU discount and the best spend-and-save rule (no stacking)', () => {
    const price = priceOrder([line('A', 30000)], {
      skuDiscounts: [
        { id: 1, name: '5%', skuId: 'A', percentOff: 5 },
        { id: 2, name: '8%', skuId: 'A', percentOff: 8 },
        { id: 3, name: 'other SKU', skuId: 'B', percentOff: 50 },
      ],
      spendAndSave: [
        { id: 4, name: '10 off 100', everyCents: 10000, offCents: 1000 }, // 2 steps: 2,000
        { id: 5, name: '30 off 200', everyCents: 20000, offCents: 3000 }, // 1 step: 3,000
      ],
    });
    expect(price.discounts.map((d) => [d.sourceId, d.amountCents])).toEqual([
      [2, 2400],
      [5, 3000],
    ]);
  });

  it('never takes an amount below zero: the coupon is capped at what is left', () => {
    const price = priceOrder([line('A', 600)], { coupon: coupon() });
    expect(price).toMatchObject({ discountCents: 600, shippingCents: 1000, totalCents: 1000 });
  });

  it('charges shipping on the goods after discounts', () => {
    // 100.00 of goods, 10.00 off: 90.00 is under the 99.00 of free shipping.
    expect(priceOrder([line('A', 10000)], { coupon: coupon() })).toMatchObject({
      shippingCents: 1000,
      totalCents: 10000,
    });
    expect(shippingFeeCents(9899)).toBe(1000);
    expect(shippingFeeCents(9900)).toBe(0);
  });
});
