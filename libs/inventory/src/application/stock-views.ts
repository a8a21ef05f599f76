import type { StockLevels } from '../domain/stock.js';

export interface StockView {
  sku_id: string;
  available: number;
  frozen: number;
  sold: number;
}

/** With total_in (initial stock plus restocks), for the invariant checker. */
export interface StockLedgerView extends StockView {
  total_in: number;
}

export interface StockLineInput {
  sku_id: string;
  quantity: number;
}

export function toStockView(stock: StockLevels): StockView {
  return {
    sku_id: stock.skuId,
    available: stock.available,
    frozen: stock.frozen,
    sold: stock.sold,
  };
}

export function toLedgerView(stock: StockLevels): StockLedgerView {
  return { ...toStockView(stock), total_in: stock.totalIn };
}
