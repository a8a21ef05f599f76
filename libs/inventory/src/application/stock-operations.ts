import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/platform';
import { normalizeLines, UnknownSkuError } from '../domain/stock.js';
import { StockRepository } from './stock.repository.js';
import {
  toLedgerView,
  toStockView,
  type StockLedgerView,
  type StockLineInput,
  type StockView,
} from './stock-views.js';

const GID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function checkGid(gid: string): void {
  if (!GID_PATTERN.test(gid ?? ''))
    throw new InvalidArgumentError('gid must be 1 to 64 letters, digits, _ or -');
}

/** The inventory context's use cases: the TCC participant's three operations, and reads. */
@Injectable()
export class StockOperations {
  constructor(private readonly stock: StockRepository) {}

  freeze(gid: string, items: StockLineInput[]): Promise<void> {
    checkGid(gid);
    return this.stock.freeze(
      gid,
      normalizeLines(items.map((i) => ({ skuId: i.sku_id, quantity: i.quantity }))),
    );
  }

  deduct(gid: string): Promise<void> {
    checkGid(gid);
    return this.stock.deduct(gid);
  }

  unfreeze(gid: string): Promise<void> {
    checkGid(gid);
    return this.stock.unfreeze(gid);
  }

  returnStock(gid: string): Promise<void> {
    checkGid(gid);
    return this.stock.returnStock(gid);
  }

  async restock(skuId: string, quantity: number): Promise<StockView> {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
      throw new InvalidArgumentError('quantity must be an integer from 1 to 1000000');
    }
    return toStockView(await this.stock.restock(skuId, quantity));
  }

  async get(skuId: string): Promise<StockView> {
    const stock = await this.stock.find(skuId);
    if (!stock) throw new UnknownSkuError(skuId);
    return toStockView(stock);
  }

  async ledger(): Promise<StockLedgerView[]> {
    return (await this.stock.list()).map(toLedgerView);
  }
}
