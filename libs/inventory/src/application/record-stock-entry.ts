import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { adjustEntry, receiveEntry } from '../domain/stock-entry.js';
import { StockEntries, type StockActor } from './stock-entries.js';
import { toLedgerView, type StockLedgerView } from './stock-views.js';

export interface StockEntryInput {
  kind: 'receive' | 'adjust';
  quantity: unknown;
  /** A receive's note (optional) or an adjustment's reason (required). */
  reason?: unknown;
}

/** Goods received, or an adjustment with a reason, in the SKU's ledger with who made it. */
@Injectable()
export class RecordStockEntry {
  constructor(
    private readonly entries: StockEntries,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(
    actor: StockActor,
    skuId: string,
    input: StockEntryInput,
  ): Promise<StockLedgerView> {
    const entry =
      input.kind === 'receive'
        ? receiveEntry(skuId, input.quantity, input.reason)
        : adjustEntry(skuId, input.quantity, input.reason);
    return toLedgerView(await this.unitOfWork.run(() => this.entries.record(entry, actor)));
  }
}
