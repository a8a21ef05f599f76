import { salesChanges } from './sales-change.js';

const lines = [
  { skuId: 'T00200', quantity: 2 },
  { skuId: 'T00100', quantity: 3 },
];

describe('salesChanges', () => {
  it('counts a placed order as units sold, in SKU order', () => {
    expect(salesChanges('placed', lines)).toEqual([
      { skuId: 'T00100', units: 3, paidUnits: 0 },
      { skuId: 'T00200', units: 2, paidUnits: 0 },
    ]);
  });

  it('counts a paid order as units paid only', () => {
    expect(salesChanges('paid', lines)).toEqual([
      { skuId: 'T00100', units: 0, paidUnits: 3 },
      { skuId: 'T00200', units: 0, paidUnits: 2 },
    ]);
  });

  it('takes a cancelled order back from the units sold, and from the units paid if it was paid', () => {
    expect(salesChanges('cancelled', lines)).toEqual([
      { skuId: 'T00100', units: -3, paidUnits: 0 },
      { skuId: 'T00200', units: -2, paidUnits: 0 },
    ]);
    expect(salesChanges('cancelled', lines, true)).toEqual([
      { skuId: 'T00100', units: -3, paidUnits: -3 },
      { skuId: 'T00200', units: -2, paidUnits: -2 },
    ]);
  });

  it('ignores "was paid" for an order that is not cancelled', () => {
    expect(salesChanges('placed', lines, true).every((c) => c.paidUnits === 0)).toBe(true);
  });
});
