import type { StockHold } from '../domain/stock-hold.js';
import type { StockLevels, StockMove } from '../domain/stock.js';

/**
 * The inventory context's persistence port. Writes join the caller's unit of work. Stock moves
 * are applied as guarded UPDATEs (`... WHERE <from> >= quantity`) in the hold's SKU order, never
 * read-modify-write; a refused one is explained by the domain's `refusal`.
 */
export abstract class StockRepository {
  /**
   * A new hold: applies its moves, all or none, keeps its lines under its gid and saves its
   * events (StockDeducted, StockRejected) to the outbox.
   * @throws InsufficientStockError, UnknownSkuError (the first move refused; none applied)
   */
  abstract addHold(hold: StockHold): Promise<void>;
  /** A stored hold after a transition: applies its moves and saves its events. */
  abstract saveHold(hold: StockHold): Promise<void>;
  /** The lines `gid` holds, as a hold whose units are `status` (null: it holds none). */
  abstract findHold(gid: string, status: 'FROZEN' | 'SOLD'): Promise<StockHold | null>;
  /** Applies a restock and answers the SKU's stock after it. @throws UnknownSkuError */
  abstract restock(move: StockMove): Promise<StockLevels>;
  abstract find(skuId: string): Promise<StockLevels | null>;
  abstract list(): Promise<StockLevels[]>;
}
