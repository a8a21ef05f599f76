import type {
  InventoryServiceClient,
  LedgerResponse__Output,
  StockMessage__Output,
} from '@nestmall/contracts';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type { StockLedgerView, StockLineInput, StockView } from '../application/stock-views.js';
import { InventoryClient } from './inventory.client.js';

/**
 * InventoryClient over gRPC. Every call may be retried on another replica: reads naturally, and
 * the TCC operations because the participant's barrier makes a repeat change nothing.
 */
export class GrpcInventoryClient extends InventoryClient {
  constructor(private readonly pool: GrpcReplicaPool<InventoryServiceClient>) {
    super();
  }

  async freeze(gid: string, items: StockLineInput[]): Promise<void> {
    await this.pool.unary('Freeze', { gid, items }, true);
  }

  async deduct(gid: string): Promise<void> {
    await this.pool.unary('Deduct', { gid }, true);
  }

  async unfreeze(gid: string): Promise<void> {
    await this.pool.unary('Unfreeze', { gid }, true);
  }

  async returnStock(gid: string): Promise<void> {
    await this.pool.unary('ReturnStock', { gid }, true);
  }

  async getStock(skuId: string): Promise<StockView> {
    const s = await this.pool.unary<StockMessage__Output>('GetStock', { sku_id: skuId }, true);
    return { sku_id: s.sku_id, available: s.available, frozen: s.frozen, sold: s.sold };
  }

  async ledger(): Promise<StockLedgerView[]> {
    const answer = await this.pool.unary<LedgerResponse__Output>('Ledger', {}, true);
    return answer.stock.map((s) => ({
      sku_id: s.sku_id,
      available: s.available,
      frozen: s.frozen,
      sold: s.sold,
      total_in: s.total_in,
    }));
  }
}
