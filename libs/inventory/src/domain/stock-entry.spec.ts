import { InvalidArgumentError } from '@nestmall/ports/platform';
import { adjustEntry, receiveEntry } from './stock-entry.js';

describe('stock entries (receive, adjust)', () => {
  it('receives a positive quantity, with an optional note', () => {
    expect(receiveEntry('T00100', 5)).toEqual({
      skuId: 'T00100',
      kind: 'receive',
      quantity: 5,
      reason: null,
    });
    expect(receiveEntry('T00100', 5, ' note ').reason).toBe('note');
    for (const bad of [0, -1, 1.5, '5', 1_000_001])
      expect(() => receiveEntry('T00100', bad)).toThrow(/quantity/);
  });

  it('adjusts by a signed, non-zero delta, and only with a reason', () => {
    expect(adjustEntry('T00100', -2, 'broken')).toMatchObject({ kind: 'adjust', quantity: -2 });
    expect(() => adjustEntry('T00100', 0, 'x')).toThrow(/delta/);
    expect(() => adjustEntry('T00100', 3, '')).toThrow(InvalidArgumentError);
    expect(() => adjustEntry('T00100', 3, 'x'.repeat(201))).toThrow(/reason/);
  });
});
