/** What an order event says happened to an order's units, as the sales counter sees it. */
export type OrderSalesEvent = 'placed' | 'paid' | 'cancelled';

/** One SKU's change of units sold (`units`) and units paid for (`paidUnits`); may be negative. */
export interface SalesChange {
  skuId: string;
  units: number;
  paidUnits: number;
}

/**
 * The counting rule: a placed order adds its units to `units`, a paid one adds them to
 * `paidUnits`, a cancelled one takes them back from `units` (and from `paidUnits` when it had
 * been paid). One change per line, in SKU order (the order rows are locked in, against
 * deadlocks between two events that touch the same SKUs).
 */
export function salesChanges(
  what: OrderSalesEvent,
  lines: readonly { skuId: string; quantity: number }[],
  wasPaid = false,
): SalesChange[] {
  const sign = what === 'cancelled' ? -1 : 1;
  const countsUnits = what !== 'paid';
  const countsPaid = what === 'paid' || (what === 'cancelled' && wasPaid);
  return [...lines]
    .sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0))
    .map((line) => ({
      skuId: line.skuId,
      units: countsUnits ? sign * line.quantity : 0,
      paidUnits: countsPaid ? sign * line.quantity : 0,
    }));
}
