import { InvalidArgumentError } from '@nestmall/ports/platform';
import { StockHold } from './stock-hold.js';

const lines = [
  { skuId: 'T00102', quantity: 1 },
  { skuId: 'T00100', quantity: 2 },
];
const moves = (hold: StockHold) =>
  hold.pullMoves().map((m) => `${m.kind} ${m.skuId} ${m.from}->${m.to} ${m.quantity}`);

describe('StockHold', () => {
  it('freezes every line in SKU order (the lock order) and records StockFrozen', () => {
    const hold = StockHold.freeze('g1', lines);
    expect(hold.currentStatus).toBe('FROZEN');
    expect(moves(hold)).toEqual([
      'freeze T00100 available->frozen 2',
      'freeze T00102 available->frozen 1',
    ]);
    expect(hold.pullEvents()).toEqual([{ type: 'StockFrozen', gid: 'g1' }]);
    expect(hold.pullMoves()).toEqual([]); // taken once
  });

  it('refuses bad lines before deciding anything', () => {
    expect(() => StockHold.freeze('g1', [])).toThrow(InvalidArgumentError);
    expect(() => StockHold.deduct('g1', 1, [{ skuId: 'A', quantity: 0 }])).toThrow(
      InvalidArgumentError,
    );
  });

  it('deducts for a two-phase message straight to sold, answering StockDeducted', () => {
    const hold = StockHold.deduct('g2', 7, lines, 'event-1');
    expect(hold.currentStatus).toBe('SOLD');
    expect(moves(hold)).toEqual([
      'deduct T00100 available->sold 2',
      'deduct T00102 available->sold 1',
    ]);
    expect(hold.pullEvents()).toEqual([
      { type: 'StockDeducted', gid: 'g2', orderId: 7, causationId: 'event-1' },
    ]);
  });

  it('rejects a two-phase message without moving anything, saying why', () => {
    const hold = StockHold.reject('g3', 8, 'not enough stock', 'event-2');
    expect(hold.lines).toEqual([]);
    expect(hold.pullMoves()).toEqual([]);
    expect(hold.pullEvents()).toEqual([
      {
        type: 'StockRejected',
        gid: 'g3',
        orderId: 8,
        reason: 'not enough stock',
        causationId: 'event-2',
      },
    ]);
  });

  it('confirms a frozen hold to sold, and only a frozen one', () => {
    const hold = StockHold.restore('g4', lines, 'FROZEN');
    hold.confirm();
    expect(moves(hold)).toEqual(['confirm T00102 frozen->sold 1', 'confirm T00100 frozen->sold 2']);
    expect(hold.pullEvents()).toEqual([{ type: 'StockConfirmed', gid: 'g4' }]);
    expect(() => hold.confirm()).toThrow('hold g4 is SOLD: cannot confirm (needs FROZEN)');
  });

  it('releases a frozen hold back to available, and only a frozen one', () => {
    const hold = StockHold.restore('g5', lines, 'FROZEN');
    hold.release();
    expect(hold.currentStatus).toBe('RELEASED');
    expect(moves(hold)).toEqual([
      'release T00102 frozen->available 1',
      'release T00100 frozen->available 2',
    ]);
    expect(hold.pullEvents()).toEqual([{ type: 'StockReleased', gid: 'g5' }]);
    expect(() => StockHold.restore('g5', lines, 'SOLD').release()).toThrow(/cannot release/);
  });

  it('returns a sold hold to available, and only a sold one', () => {
    const hold = StockHold.restore('g6', lines, 'SOLD');
    hold.return();
    expect(hold.currentStatus).toBe('RETURNED');
    expect(moves(hold)).toHaveLength(2);
    expect(hold.pullEvents()).toEqual([{ type: 'StockReturned', gid: 'g6' }]);
    expect(() => StockHold.restore('g6', lines, 'FROZEN').return()).toThrow(/cannot return/);
  });

  it('a restored hold has decided nothing yet', () => {
    const hold = StockHold.restore('g7', lines, 'FROZEN');
    expect(hold.pullMoves()).toEqual([]);
    expect(hold.pullEvents()).toEqual([]);
  });

  it('returns some units of a sold hold; it stays SOLD for the rest', () => {
    const hold = StockHold.restore('g8', lines, 'SOLD');
    hold.returnUnits([{ skuId: 'T00100', quantity: 1 }]);
    expect(hold.currentStatus).toBe('SOLD');
    expect(moves(hold)).toEqual(['return T00100 sold->available 1']);
    expect(hold.pullEvents()).toEqual([{ type: 'StockReturned', gid: 'g8' }]);
    expect(() => hold.returnUnits([{ skuId: 'T00100', quantity: 3 }])).toThrow(
      /holds no 3 x T00100/,
    );
    expect(() => hold.returnUnits([{ skuId: 'T00109', quantity: 1 }])).toThrow(/holds no/);
    expect(hold.pullMoves()).toEqual([]);
    expect(() =>
      StockHold.restore('g8', lines, 'FROZEN').returnUnits([{ skuId: 'T00100', quantity: 1 }]),
    ).toThrow(/cannot return units/);
  });
});
