import type { Stock, StockLine } from '../domain/stock.js';

/**
 * The inventory context's persistence port. Each TCC operation is one local transaction guarded
 * by the barrier (gid, 'inventory', op), so repeating it changes nothing.
 */
export abstract class StockRepository {
  /** Try: available -> frozen for every line, all or none. @throws InsufficientStockError, UnknownSkuError */
  abstract freeze(gid: string, lines: StockLine[]): Promise<void>;
  /** Confirm: frozen -> sold for the lines `gid` froze. */
  abstract deduct(gid: string): Promise<void>;
  /** Cancel: frozen -> available; a Cancel with no Try records itself and does nothing. */
  abstract unfreeze(gid: string): Promise<void>;
  /** An order cancelled after Confirm: sold -> available, once. */
  abstract returnStock(gid: string): Promise<void>;
  abstract restock(skuId: string, quantity: number): Promise<Stock>;
  abstract find(skuId: string): Promise<Stock | null>;
  abstract list(): Promise<Stock[]>;
}
