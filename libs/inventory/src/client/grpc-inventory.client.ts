import type {
  InventoryServiceClient,
  LedgerResponse__Output,
  StockMessage__Output,
} from '@nestmall/contracts';
import type { StockEntryPage__Output } from '@nestmall/contracts/generated/nestmall/inventory/v1/StockEntryPage.js';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type { StockEntryPageView } from '../application/list-stock-entries.js';
import type { StockEntryInput } from '../application/record-stock-entry.js';
import type { StockLedgerView, StockLineInput, StockView } from '../application/stock-views.js';
import { InventoryClient, type InventoryCaller } from './inventory.client.js';

/**
 * InventoryClient over gRPC. Every call may be retried on another replica: reads naturally, and
 * the TCC operations because the participant's barrier makes a repeat change nothing.
 */
export class GrpcInventoryClient extends InventoryClient {
  constructor(private readonly pool: GrpcReplicaPool<InventoryServiceClient>) {
    super();
  }

  /** A staff write: sent once (not retried), with the staff token. */
  async recordStockEntry(
    caller: InventoryCaller,
    skuId: string,
    input: StockEntryInput,
  ): Promise<StockLedgerView> {
    const answer = await this.pool.unary<StockMessage__Output>(
      'RecordStockEntry',
      {
        sku_id: skuId,
        kind: input.kind,
        quantity: typeof input.quantity === 'number' ? input.quantity : 0,
        reason: typeof input.reason === 'string' ? input.reason : '',
      },
      false,
      undefined,
      caller.accessToken,
    );
    return {
      sku_id: answer.sku_id,
      available: answer.available,
      frozen: answer.frozen,
      sold: answer.sold,
      total_in: answer.total_in,
    };
  }

  async listStockEntries(
    caller: InventoryCaller,
    skuId: string,
    pageNum: number,
    pageSize: number,
  ): Promise<StockEntryPageView> {
    const answer = await this.pool.unary<StockEntryPage__Output>(
      'ListStockEntries',
      { sku_id: skuId, page_num: pageNum, page_size: pageSize },
      true,
      undefined,
      caller.accessToken,
    );
    return {
      total: answer.total,
      page_num: answer.page_num,
      page_size: answer.page_size,
      entries: answer.entries.map((e) => ({
        ...e,
        kind: e.kind as 'receive' | 'adjust',
        reason: e.reason || null,
      })),
    };
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

  // Prepare is not retried (a second XA START of the gid would be refused); phase two and
  // recovery are idempotent.
  async prepareSaleXa(gid: string, items: StockLineInput[]): Promise<void> {
    await this.pool.unary('PrepareSaleXa', { gid, items }, false);
  }

  async prepareReturnXa(gid: string, orderGid: string): Promise<void> {
    await this.pool.unary('PrepareReturnXa', { gid, order_gid: orderGid }, false);
  }

  async commitXa(gid: string): Promise<void> {
    await this.pool.unary('CommitXa', { gid }, true);
  }

  async rollbackXa(gid: string): Promise<void> {
    await this.pool.unary('RollbackXa', { gid }, true);
  }

  async recoverXa(): Promise<string[]> {
    const r = await this.pool.unary<{ gids?: string[] }>('RecoverXa', {}, true);
    return r.gids ?? [];
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
