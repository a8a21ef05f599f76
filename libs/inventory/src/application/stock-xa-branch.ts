import { Injectable } from '@nestjs/common';
import { XaResource } from '@nestmall/ports/transactions';
import { StockOperations } from './stock-operations.js';
import type { StockLineInput } from './stock-views.js';

/**
 * The inventory's XA branch (ORDER_CONSISTENCY=xa): the same stock moves as the TCC steps, in
 * one XA branch of the inventory's database, prepared and left for the coordinator's decision.
 * Until then the stock rows it moved stay locked: a concurrent buyer of the same SKU waits.
 */
@Injectable()
export class StockXaBranch {
  constructor(
    private readonly xa: XaResource,
    private readonly operations: StockOperations,
  ) {}

  /** available -> sold for every line, all or none (freeze and deduct, in the one branch). */
  prepareSale(gid: string, items: StockLineInput[]): Promise<void> {
    return this.xa.prepare(gid, async () => {
      await this.operations.freeze(gid, items);
      await this.operations.deduct(gid);
    });
  }

  /** sold -> available for what `orderGid` sold, once (its barrier row). */
  prepareReturn(gid: string, orderGid: string): Promise<void> {
    return this.xa.prepare(gid, () => this.operations.returnStock(orderGid));
  }

  commit(gid: string): Promise<void> {
    return this.xa.commit(gid);
  }

  rollback(gid: string): Promise<void> {
    return this.xa.rollback(gid);
  }

  recover(): Promise<string[]> {
    return this.xa.recover();
  }
}
