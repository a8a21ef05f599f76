import type { CapReads, ReadAnswer } from '@nestmall/cache';
import type { StockView } from '../application/stock-views.js';
import type { InventoryClient } from './inventory.client.js';

/**
 * Stock as the REST edge reads it, under the CAP choice (STOCK_READS): in the monolith the read
 * is in-process and always consistent; over gRPC, ap may answer the last known stock, stale.
 * Only for showing stock: placing an order freezes stock through InventoryClient, never this.
 */
export class StockReads {
  constructor(
    private readonly inventory: InventoryClient,
    private readonly reads: CapReads,
  ) {}

  stock(skuId: string): Promise<ReadAnswer<StockView>> {
    return this.reads.read(`stock:${skuId}`, () => this.inventory.getStock(skuId));
  }
}
