import { InvalidArgumentError } from '@nestmall/ports/platform';
import { checkSkuLines, UnknownSkuError } from './sku-lines.js';

const limits = { maxLines: 3, maxQuantity: 99 };
const line = (skuId: string, quantity = 1) => ({ skuId, quantity });

describe('checkSkuLines', () => {
  it('answers the lines sorted by SKU (the lock order) without changing its argument', () => {
    const lines = [line('T00102'), line('T00100', 2)];
    expect(checkSkuLines(lines, limits)).toEqual([line('T00100', 2), line('T00102')]);
    expect(lines[0].skuId).toBe('T00102');
  });

  it.each([
    ['no lines', [], 'items must not be empty'],
    ['too many lines', [line('A'), line('B'), line('C'), line('D')], 'at most 3 lines'],
    ['a code that is no SKU code', [line('t-1')], 'sku_id "t-1" is not a SKU code'],
    ['a quantity of 0', [line('A', 0)], 'quantity of A must be an integer from 1 to 99'],
    ['a quantity above the limit', [line('A', 100)], 'from 1 to 99'],
    ['a fractional quantity', [line('A', 1.5)], 'from 1 to 99'],
    ['a SKU twice', [line('A'), line('A', 2)], 'sku_id A appears twice in items'],
  ])('refuses %s, naming it', (_what, lines, message) => {
    expect(() => checkSkuLines(lines, limits)).toThrow(InvalidArgumentError);
    expect(() => checkSkuLines(lines, limits)).toThrow(message);
  });

  it('takes any number of lines when no maximum is given', () => {
    const many = Array.from({ length: 50 }, (_, i) => line(`S${i}`));
    expect(checkSkuLines(many, { maxQuantity: 1 })).toHaveLength(50);
  });
});

describe('UnknownSkuError', () => {
  it('is a not-found naming the SKU', () => {
    const error = new UnknownSkuError('T00199');
    expect(error).toMatchObject({ code: 'NOT_FOUND', skuId: 'T00199' });
    expect(error.message).toBe('sku T00199 not found');
  });
});
