import { UnknownSkuError } from '@nestmall/catalog';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import {
  applyMove,
  checkStockLines,
  InsufficientStockError,
  permits,
  refusal,
  restockMove,
  stockMove,
  type StockLevels,
  type StockMoveKind,
} from './stock.js';

const stock: StockLevels = { skuId: 'T00100', available: 5, frozen: 3, sold: 2, totalIn: 10 };
const move = (kind: StockMoveKind, quantity: number) =>
  stockMove(kind, { skuId: 'T00100', quantity });

describe('stock moves', () => {
  it.each<[StockMoveKind, Partial<StockLevels>]>([
    ['freeze', { available: 4, frozen: 4 }],
    ['confirm', { frozen: 2, sold: 3 }],
    ['release', { frozen: 2, available: 6 }],
    ['deduct', { available: 4, sold: 3 }],
    ['return', { sold: 1, available: 6 }],
    ['restock', { available: 6, totalIn: 11 }],
  ])('%s moves one unit where the ledger says, keeping the invariant', (kind, changed) => {
    const after = applyMove(move(kind, 1), stock);
    expect(after).toEqual({ ...stock, ...changed });
    expect(after.available + after.frozen + after.sold).toBe(after.totalIn);
  });

  it('permits a move while its source holds enough, and never below zero', () => {
    expect(permits(move('freeze', 5), stock)).toBe(true);
    expect(permits(move('freeze', 6), stock)).toBe(false);
    expect(permits(move('confirm', 4), stock)).toBe(false);
    expect(permits(move('return', 3), stock)).toBe(false);
    expect(permits(move('restock', 1_000_000), stock)).toBe(true);
  });

  it('refuses a move out of available as not enough stock, naming the numbers', () => {
    expect(() => applyMove(move('deduct', 6), stock)).toThrow(InsufficientStockError);
    expect(refusal(move('freeze', 6), stock).message).toBe(
      'not enough stock for T00100: 5 available, 6 wanted',
    );
  });

  it('refuses a move of a SKU that does not exist as unknown', () => {
    expect(refusal(move('freeze', 1), null)).toBeInstanceOf(UnknownSkuError);
  });

  it('calls a missing frozen or sold unit a broken ledger (not a buyer error)', () => {
    const error = refusal(move('confirm', 4), stock);
    expect(error).not.toBeInstanceOf(InsufficientStockError);
    expect(error.message).toMatch(
      /ledger broken: T00100 has 3 frozen, fewer than the 4 to confirm/,
    );
  });

  it('restocks 1 to 1000000 units', () => {
    expect(restockMove('T00100', 1_000_000)).toMatchObject({ from: null, to: 'available' });
    for (const bad of [0, 1_000_001, 2.5])
      expect(() => restockMove('T00100', bad)).toThrow(
        new InvalidArgumentError('quantity must be an integer from 1 to 1000000'),
      );
  });

  it('checks a move line by the one rule for SKU lines, up to 10000 units a line', () => {
    expect(
      checkStockLines([
        { skuId: 'B', quantity: 10_000 },
        { skuId: 'A', quantity: 1 },
      ]),
    ).toEqual([
      { skuId: 'A', quantity: 1 },
      { skuId: 'B', quantity: 10_000 },
    ]);
    expect(() => checkStockLines([{ skuId: 'A', quantity: 10_001 }])).toThrow(/1 to 10000/);
  });
});
