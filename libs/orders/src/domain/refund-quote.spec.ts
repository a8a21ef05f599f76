import { priceOrder, type PricingLine, type Promotions } from './pricing.js';
import { paidPerLine, quoteRefund, type RefundableOrder } from './refund-quote.js';

const line = (skuId: string, unitPriceCents: number, quantity: number): PricingLine => ({
  skuId,
  unitPriceCents,
  quantity,
});

function priced(lines: PricingLine[], promotions: Promotions = {}): RefundableOrder {
  const price = priceOrder(lines, promotions);
  return { ...price, items: price.lines };
}

// 2 x T1 at 10.00, 1 x T2 at 30.00 with 10% off (3.00), a 5.00 coupon, 10.00 shipping: 52.00.
const order = priced([line('T1', 1000, 2), line('T2', 3000, 1)], {
  skuDiscounts: [{ id: 1, name: 'T2 week', skuId: 'T2', percentOff: 10 }],
  coupon: {
    couponId: 9,
    name: 'five off',
    kind: 'AMOUNT_OFF',
    amountOffCents: 500,
    percentOff: 0,
  },
});

describe('paidPerLine', () => {
  it("shares the coupon by what each line's own discount left, to the cent", () => {
    expect(order.totalCents).toBe(5200);
    // 500 over 2000 and 2700: 212.77 and 287.23, rounded down (499); the cent left goes to the
    // largest line.
    expect(paidPerLine(order)).toEqual(
      new Map([
        ['T1', 2000 - 212],
        ['T2', 2700 - 288],
      ]),
    );
  });
});

describe('quoteRefund', () => {
  it('gives back units one request at a time, the shipping with the last unit, the total in all', () => {
    const first = quoteRefund(order, [{ skuId: 'T1', quantity: 1 }], []);
    expect(first).toEqual({
      lines: [{ skuId: 'T1', quantity: 1, refundCents: 894 }],
      shippingCents: 0,
      refundCents: 894,
      complete: false,
    });
    const taken = [{ skuId: 'T1', quantity: 1 }];
    const second = quoteRefund(
      order,
      [
        { skuId: 'T1', quantity: 1 },
        { skuId: 'T2', quantity: 1 },
      ],
      taken,
    );
    expect(second).toMatchObject({ shippingCents: 1000, refundCents: 894 + 2412 + 1000 });
    expect(second.complete).toBe(true);
    expect(first.refundCents + second.refundCents).toBe(order.totalCents);
  });

  it('splits a line whose price does not divide by its units so that the units add up', () => {
    const three = priced([line('A', 1000, 1), line('B', 1, 3)], {
      coupon: { couponId: 1, name: 'x', kind: 'AMOUNT_OFF', amountOffCents: 1, percentOff: 0 },
    });
    const each = [0, 1, 2].map(
      (k) =>
        quoteRefund(three, [{ skuId: 'B', quantity: 1 }], [{ skuId: 'B', quantity: k }])
          .refundCents,
    );
    expect(each.reduce((s, x) => s + x, 0)).toBe(paidPerLine(three).get('B'));
  });

  it('refuses units not in the order, twice, not whole, or beyond what is left', () => {
    const refusal = (wanted: unknown, taken = [] as { skuId: string; quantity: number }[]) => {
      try {
        quoteRefund(order, wanted as never, taken);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refusal([])).toMatch(/^lines must name/);
    expect(refusal([{ skuId: 'T9', quantity: 1 }])).toMatch(/^lines\[0\]\.sku_id is not a line/);
    expect(
      refusal([
        { skuId: 'T1', quantity: 1 },
        { skuId: 'T1', quantity: 1 },
      ]),
    ).toMatch(/^lines\[1\]\.sku_id T1 is named twice/);
    expect(refusal([{ skuId: 'T1', quantity: 0 }])).toMatch(/^lines\[0\]\.quantity must be an/);
    expect(refusal([{ skuId: 'T1', quantity: 1.5 }])).toMatch(/quantity must be an integer/);
    expect(refusal([{ skuId: 'T1', quantity: 3 }])).toMatch(/quantity must be at most 2/);
    expect(refusal([{ skuId: 'T1', quantity: 1 }], [{ skuId: 'T1', quantity: 2 }])).toMatch(
      /quantity must be at most 0/,
    );
  });

  it('never gives back more than was paid, however the units are split (many orders)', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 200; run++) {
      const lines = Array.from({ length: 1 + random(4) }, (_, i) =>
        line(`S${i}`, 1 + random(20000), 1 + random(5)),
      );
      const o = priced(lines, {
        skuDiscounts: random(2)
          ? [{ id: 1, name: 'd', skuId: 'S0', percentOff: 1 + random(99) }]
          : [],
        spendAndSave: random(2) ? [{ id: 2, name: 's', everyCents: 5000, offCents: 700 }] : [],
        coupon: random(2)
          ? {
              couponId: 3,
              name: 'c',
              kind: 'PERCENT_OFF',
              amountOffCents: 0,
              percentOff: 1 + random(50),
            }
          : null,
      });
      // Give every unit back, one random line's random units at a time.
      const taken: { skuId: string; quantity: number }[] = [];
      let refunded = 0;
      let complete = false;
      while (!complete) {
        const open = o.items.filter(
          (i) =>
            i.quantity >
            taken.filter((t) => t.skuId === i.skuId).reduce((s, t) => s + t.quantity, 0),
        );
        const item = open[random(open.length)];
        const left =
          item.quantity -
          taken.filter((t) => t.skuId === item.skuId).reduce((s, t) => s + t.quantity, 0);
        const wanted = { skuId: item.skuId, quantity: 1 + random(left) };
        const quote = quoteRefund(o, [wanted], taken);
        expect(quote.refundCents).toBeGreaterThanOrEqual(0);
        refunded += quote.refundCents;
        expect(refunded).toBeLessThanOrEqual(o.totalCents);
        taken.push(wanted);
        complete = quote.complete;
      }
      expect(refunded).toBe(o.totalCents);
    }
  });
});
