import { RankedOrderRepository } from '../../libs/ranking/src/application/ranked-order.repository.js';
import {
  RankedOrder,
  RankedOrderChangedConcurrentlyError,
} from '../../libs/ranking/src/domain/ranked-order.js';
import { SkuSalesRepository } from '../../libs/ranking/src/application/sku-sales.repository.js';
import type { SalesChange } from '../../libs/ranking/src/domain/sales-change.js';

/** The ranking's counts per SKU in memory. */
export class InMemorySkuSales extends SkuSalesRepository {
  readonly counts = new Map<string, { units: number; paidUnits: number }>();

  async add(changes: SalesChange[]): Promise<void> {
    for (const { skuId, units, paidUnits } of changes) {
      const count = this.counts.get(skuId) ?? { units: 0, paidUnits: 0 };
      this.counts.set(skuId, {
        units: count.units + units,
        paidUnits: count.paidUnits + paidUnits,
      });
    }
  }
}

/** Ranked orders in memory, with the same version guard as the TypeORM repository. */
export class InMemoryRankedOrders extends RankedOrderRepository {
  readonly rows = new Map<number, Parameters<typeof RankedOrder.restore>[0]>();

  async findById(orderId: number): Promise<RankedOrder | null> {
    const row = this.rows.get(orderId);
    return row ? RankedOrder.restore(row) : null;
  }

  async save(order: RankedOrder): Promise<void> {
    if ((this.rows.get(order.orderId)?.version ?? 0) !== order.version)
      throw new RankedOrderChangedConcurrentlyError(order.orderId);
    this.rows.set(order.orderId, {
      orderId: order.orderId,
      lines: order.lines,
      status: order.status,
      paidDay: order.paidDay,
      version: order.version + 1,
    });
  }
}
