import type { StockLedgerView, StockLineInput, StockView } from '../application/stock-views.js';

/**
 * The port through which the orders context (the TCC coordinator) and the REST edge reach the
 * inventory. freeze/deduct/unfreeze are the participant's Try/Confirm/Cancel for global
 * transaction `gid`: idempotent, so any adapter may retry them.
 */
export abstract class InventoryClient {
  abstract freeze(gid: string, items: StockLineInput[]): Promise<void>;
  abstract deduct(gid: string): Promise<void>;
  abstract unfreeze(gid: string): Promise<void>;
  abstract returnStock(gid: string): Promise<void>;
  abstract getStock(skuId: string): Promise<StockView>;
  abstract ledger(): Promise<StockLedgerView[]>;
}
