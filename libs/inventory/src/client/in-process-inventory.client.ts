import { Injectable } from '@nestjs/common';
import { ListStockEntries, type StockEntryPageView } from '../application/list-stock-entries.js';
import { RecordStockEntry, type StockEntryInput } from '../application/record-stock-entry.js';
import { StockOperations } from '../application/stock-operations.js';
import { StockXaBranch } from '../application/stock-xa-branch.js';
import type { StockLedgerView, StockLineInput, StockView } from '../application/stock-views.js';
import { InventoryClient, type InventoryCaller } from './inventory.client.js';

/** InventoryClient for the monolith: a direct call (still one local transaction per branch). */
@Injectable()
export class InProcessInventoryClient extends InventoryClient {
  override readonly local = true;

  constructor(
    private readonly operations: StockOperations,
    private readonly recordEntry: RecordStockEntry,
    private readonly listEntries: ListStockEntries,
    private readonly xa: StockXaBranch,
  ) {
    super();
  }

  recordStockEntry(
    caller: InventoryCaller,
    skuId: string,
    input: StockEntryInput,
  ): Promise<StockLedgerView> {
    return this.recordEntry.execute(caller.actor, skuId, input);
  }

  listStockEntries(
    _caller: InventoryCaller,
    skuId: string,
    pageNum: number,
    pageSize: number,
  ): Promise<StockEntryPageView> {
    return this.listEntries.execute(skuId, pageNum, pageSize);
  }

  freeze(gid: string, items: StockLineInput[]): Promise<void> {
    return this.operations.freeze(gid, items);
  }

  deduct(gid: string): Promise<void> {
    return this.operations.deduct(gid);
  }

  unfreeze(gid: string): Promise<void> {
    return this.operations.unfreeze(gid);
  }

  returnStock(gid: string): Promise<void> {
    return this.operations.returnStock(gid);
  }

  prepareSaleXa(gid: string, items: StockLineInput[]): Promise<void> {
    return this.xa.prepareSale(gid, items);
  }

  prepareReturnXa(gid: string, orderGid: string): Promise<void> {
    return this.xa.prepareReturn(gid, orderGid);
  }

  commitXa(gid: string): Promise<void> {
    return this.xa.commit(gid);
  }

  rollbackXa(gid: string): Promise<void> {
    return this.xa.rollback(gid);
  }

  recoverXa(): Promise<string[]> {
    return this.xa.recover();
  }

  getStock(skuId: string): Promise<StockView> {
    return this.operations.get(skuId);
  }

  ledger(): Promise<StockLedgerView[]> {
    return this.operations.ledger();
  }
}
