import type { SalesChange } from '../domain/sales-change.js';

/** The counts of units sold and paid per SKU; joins the caller's unit of work. */
export abstract class SkuSalesRepository {
  /** Adds each change to its SKU's counts (a SKU not counted yet starts at zero). */
  abstract add(changes: SalesChange[]): Promise<void>;
}
