import { Injectable } from '@nestjs/common';
import { StockOperations } from '../application/stock-operations.js';
import type { StockLedgerView, StockLineInput, StockView } from '../application/stock-views.js';
import { InventoryClient } from './inventory.client.js';

/** InventoryClient for the monolith: a direct call (still one local transaction per branch). */
@Injectable()
export class InProcessInventoryClient extends InventoryClient {
  constructor(private readonly operations: StockOperations) {
    super();
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

  getStock(skuId: string): Promise<StockView> {
    return this.operations.get(skuId);
  }

  ledger(): Promise<StockLedgerView[]> {
    return this.operations.ledger();
  }
}
