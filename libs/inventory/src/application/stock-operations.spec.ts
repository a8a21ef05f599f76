import { UnknownSkuError } from '@nestmall/catalog';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import { FakeUnitOfWork, InMemoryBranchBarrier, InMemoryStock } from '@nestmall/testing';
import { InsufficientStockError } from '../domain/stock.js';
import { StockOperations } from './stock-operations.js';

describe('StockOperations (the TCC participant and the reads)', () => {
  let stock: InMemoryStock;
  let unitOfWork: FakeUnitOfWork;
  let operations: StockOperations;
  const levels = async (sku: string) => operations.get(sku);
  const line = (sku_id: string, quantity: number) => ({ sku_id, quantity });

  beforeEach(() => {
    stock = new InMemoryStock({ T00100: 10, T00101: 5 });
    unitOfWork = new FakeUnitOfWork();
    operations = new StockOperations(stock, unitOfWork, new InMemoryBranchBarrier());
  });

  it('Try freezes every line once; Confirm sells them once', async () => {
    await operations.freeze('g1', [line('T00101', 2), line('T00100', 3)]);
    await operations.freeze('g1', [line('T00101', 2), line('T00100', 3)]);
    expect(await levels('T00100')).toEqual({ sku_id: 'T00100', available: 7, frozen: 3, sold: 0 });
    await operations.deduct('g1');
    await operations.deduct('g1');
    expect(await levels('T00100')).toEqual({ sku_id: 'T00100', available: 7, frozen: 0, sold: 3 });
    expect(await levels('T00101')).toMatchObject({ available: 3, frozen: 0, sold: 2 });
    expect(stock.applied.slice(0, 2)).toEqual(['freeze T00100x3', 'freeze T00101x2']); // SKU order
  });

  it('Cancel unfreezes once; a Cancel before its Try does nothing and blocks the late Try', async () => {
    await operations.freeze('g1', [line('T00100', 4)]);
    await operations.unfreeze('g1');
    await operations.unfreeze('g1');
    expect(await levels('T00100')).toMatchObject({ available: 10, frozen: 0 });

    await operations.unfreeze('g2');
    await operations.freeze('g2', [line('T00100', 4)]);
    expect(await levels('T00100')).toMatchObject({ available: 10, frozen: 0 });
  });

  it('freezes all lines or none: a short line refuses the Try with the numbers', async () => {
    await expect(operations.freeze('g1', [line('T00100', 1), line('T00101', 6)])).rejects.toThrow(
      new InsufficientStockError('T00101', 5, 6),
    );
    expect(await levels('T00100')).toMatchObject({ available: 10, frozen: 0 });
    expect(unitOfWork.rolledBack).toBe(1);
  });

  it('refuses an unknown SKU, bad lines and a bad gid', async () => {
    await expect(operations.freeze('g1', [line('T00199', 1)])).rejects.toThrow(UnknownSkuError);
    await expect(operations.freeze('g2', [line('T00100', 0)])).rejects.toThrow(
      InvalidArgumentError,
    );
    expect(unitOfWork.opened).toBe(1); // bad lines never open one
    await expect(operations.freeze('bad gid!', [line('T00100', 1)])).rejects.toThrow(
      'gid must be 1 to 64 letters, digits, _ or -',
    );
    for (const op of ['deduct', 'unfreeze', 'returnStock'] as const)
      await expect(operations[op]('')).rejects.toThrow(InvalidArgumentError);
  });

  it('returns a sold order once: sold -> available', async () => {
    await operations.freeze('g1', [line('T00100', 3)]);
    await operations.deduct('g1');
    await operations.returnStock('g1');
    await operations.returnStock('g1');
    expect(await levels('T00100')).toEqual({ sku_id: 'T00100', available: 10, frozen: 0, sold: 0 });
  });

  it('a Confirm, Cancel or return of a gid that holds nothing moves nothing', async () => {
    await operations.deduct('none');
    await operations.returnStock('none2');
    expect(stock.applied).toEqual([]);
  });

  it('restocks: available and total_in grow, the rest stays', async () => {
    expect(await operations.restock('T00100', 5)).toEqual({
      sku_id: 'T00100',
      available: 15,
      frozen: 0,
      sold: 0,
    });
    expect((await operations.ledger())[0]).toMatchObject({ sku_id: 'T00100', total_in: 15 });
    await expect(operations.restock('T00199', 1)).rejects.toThrow(UnknownSkuError);
    await expect(operations.restock('T00100', 0)).rejects.toThrow(InvalidArgumentError);
  });

  it('answers the ledger of every SKU, and an unknown SKU as not found', async () => {
    expect((await operations.ledger()).map((s) => s.sku_id)).toEqual(['T00100', 'T00101']);
    await expect(operations.get('T00199')).rejects.toThrow(UnknownSkuError);
  });
});
