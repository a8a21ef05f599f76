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
