import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import { StockEntries, type StockLedgerEntry } from './stock-entries.js';

export interface StockEntryView {
  entry_id: number;
  sku_id: string;
  kind: 'receive' | 'adjust';
  quantity: number;
  reason: string | null;
  actor_id: number;
  actor_email: string;
  available_after: number;
  total_in_after: number;
  at: string;
}

export interface StockEntryPageView {
  entries: StockEntryView[];
  total: number;
  page_num: number;
  page_size: number;
}

/** One SKU's ledger of staff stock changes, newest first, in pages. */
@Injectable()
export class ListStockEntries {
  constructor(private readonly entries: StockEntries) {}

  async execute(skuId: string, pageNum: number, pageSize: number): Promise<StockEntryPageView> {
    if (!Number.isInteger(pageNum) || pageNum < 1)
      throw new InvalidArgumentError('page_num must be an integer >= 1');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
      throw new InvalidArgumentError('page_size must be an integer from 1 to 100');
    const { entries, total } = await this.entries.ledger(skuId, (pageNum - 1) * pageSize, pageSize);
    return { entries: entries.map(toEntryView), total, page_num: pageNum, page_size: pageSize };
  }
}

function toEntryView(e: StockLedgerEntry): StockEntryView {
  return {
    entry_id: e.id,
    sku_id: e.skuId,
    kind: e.kind,
    quantity: e.quantity,
    reason: e.reason,
    actor_id: e.actor.staffId,
    actor_email: e.actor.email,
    available_after: e.availableAfter,
    total_in_after: e.totalInAfter,
    at: e.at.toISOString(),
  };
}
