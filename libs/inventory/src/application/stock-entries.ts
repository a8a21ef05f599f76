import type { StockEntry } from '../domain/stock-entry.js';
import type { StockLevels } from '../domain/stock.js';

/** The staff member behind a stock change (from their verified staff token). */
export interface StockActor {
  staffId: number;
  email: string;
}

export interface StockLedgerEntry extends StockEntry {
  id: number;
  actor: StockActor;
  /** The SKU's stock right after the entry. */
  availableAfter: number;
  totalInAfter: number;
  at: Date;
}

/**
 * Staff stock changes and the ledger per SKU (inventory_stock_entry), in the caller's unit of
 * work: the stock row's guarded UPDATE and the ledger row commit together.
 */
export abstract class StockEntries {
  /**
   * Applies `entry` (a receive of a SKU with no stock row yet starts one) and appends it to the
   * ledger. @throws ConflictError when an adjustment would take `available` below zero
   */
  abstract record(entry: StockEntry, actor: StockActor): Promise<StockLevels>;
  abstract ledger(
    skuId: string,
    offset: number,
    limit: number,
  ): Promise<{ entries: StockLedgerEntry[]; total: number }>;
}
