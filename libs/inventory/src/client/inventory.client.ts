import type { StockEntryPageView } from '../application/list-stock-entries.js';
import type { StockEntryInput } from '../application/record-stock-entry.js';
import type { StockActor } from '../application/stock-entries.js';
import type { StockLedgerView, StockLineInput, StockView } from '../application/stock-views.js';

/**
 * A staff member proved by a staff token (the admin context's StaffGuard): who acts, and the
 * token, which the gRPC adapter forwards so the inventory's host checks it again.
 */
export interface InventoryCaller {
  actor: StockActor;
  accessToken: string;
}

export type { StockEntryInput, StockEntryPageView };

/**
 * The port through which the orders context (the TCC coordinator) and the REST edge reach the
 * inventory. freeze/deduct/unfreeze are the participant's Try/Confirm/Cancel for global
 * transaction `gid`: idempotent, so any adapter may retry them.
 */
export abstract class InventoryClient {
  /**
   * True when its calls run in this process on the app's database and join the caller's unit of
   * work (the in-process adapter): the TCC coordinator may then commit in one phase.
   */
  readonly local: boolean = false;
  abstract freeze(gid: string, items: StockLineInput[]): Promise<void>;
  abstract deduct(gid: string): Promise<void>;
  abstract unfreeze(gid: string): Promise<void>;
  abstract returnStock(gid: string): Promise<void>;
  /**
   * 2PC over XA (ORDER_CONSISTENCY=xa): phase one prepares the inventory's branch of `gid`
   * (an order's lines available -> sold, or what `orderGid` sold back to available); phase two
   * commits or rolls it back (idempotent); recoverXa lists the prepared branches.
   */
  abstract prepareSaleXa(gid: string, items: StockLineInput[]): Promise<void>;
  abstract prepareReturnXa(gid: string, orderGid: string): Promise<void>;
  abstract commitXa(gid: string): Promise<void>;
  abstract rollbackXa(gid: string): Promise<void>;
  abstract recoverXa(): Promise<string[]>;
  abstract getStock(skuId: string): Promise<StockView>;
  abstract ledger(): Promise<StockLedgerView[]>;
  /** Goods received or an adjustment, in the SKU's ledger; answers the stock after it. */
  abstract recordStockEntry(
    caller: InventoryCaller,
    skuId: string,
    input: StockEntryInput,
  ): Promise<StockLedgerView>;
  abstract listStockEntries(
    caller: InventoryCaller,
    skuId: string,
    pageNum: number,
    pageSize: number,
  ): Promise<StockEntryPageView>;
}
