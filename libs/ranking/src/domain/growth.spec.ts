import { growth, rankTrending } from './growth.js';

describe('growth', () => {
  it('is (current - previous) / max(previous, 1)', () => {
    expect(growth(15, 10)).toBe(0.5);
    expect(growth(5, 10)).toBe(-0.5);
    expect(growth(10, 10)).toBe(0);
    // Nothing sold before: as if one unit had been.
    expect(growth(3, 0)).toBe(3);
    expect(growth(0, 0)).toBe(0);
  });

  it('ranks products sold now by growth, then units now, then product id', () => {
    const ranked = rankTrending([
      { productId: 1, categoryId: null, current: 15, previous: 10 }, // 0.5
      { productId: 2, categoryId: null, current: 3, previous: 0 }, // 3
      { productId: 3, categoryId: 7, current: 6, previous: 2 }, // 2
      { productId: 4, categoryId: null, current: 0, previous: 9 }, // not sold now: out
      { productId: 5, categoryId: null, current: 9, previous: 3 }, // 2, more units than 3
      { productId: 6, categoryId: null, current: 6, previous: 2 }, // 2, ties 3: by id
    ]);
    expect(ranked.map((p) => [p.productId, p.growth])).toEqual([
      [2, 3],
      [5, 2],
      [3, 2],
      [6, 2],
      [1, 0.5],
    ]);
  });
});
